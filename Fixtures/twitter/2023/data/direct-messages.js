window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "2000481516-1180000000000000001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "2000481516",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Sounds good &amp; see you at 10 &lt;3",
            "mediaUrls" : [ ],
            "senderId" : "1180000000000000001",
            "id" : "1438027766712795140",
            "createdAt" : "2021-09-15T06:00:28.597Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1180000000000000001",
            "reactions" : [
              {
                "senderId" : "1180000000000000001",
                "reactionKey" : "like",
                "eventId" : "1438027766712795141",
                "createdAt" : "2021-09-15T06:01:00.000Z"
              }
            ],
            "urls" : [
              {
                "url" : "https://t.co/AbCdEf123",
                "expanded" : "https://example.com/talk",
                "display" : "example.com/talk"
              }
            ],
            "text" : "Coffee before the talk? https://t.co/AbCdEf123",
            "mediaUrls" : [ ],
            "senderId" : "2000481516",
            "id" : "1438020000000000000",
            "createdAt" : "2021-09-15T05:29:10.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "40120521-1180000000000000001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1180000000000000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Loved your thread on data contracts [1/2]",
            "mediaUrls" : [ ],
            "senderId" : "40120521",
            "id" : "1600000000000000000",
            "createdAt" : "2022-11-06T12:00:00.000Z"
          }
        }
      ]
    }
  }
]
