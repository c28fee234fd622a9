window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1180000000000000001-1457220033",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1180000000000000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Great meeting you at the conference",
            "mediaUrls" : [ ],
            "senderId" : "1457220033",
            "id" : "1620000000000000004",
            "createdAt" : "2023-02-14T18:05:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1457220033",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Likewise, let's stay in touch",
            "mediaUrls" : [ ],
            "senderId" : "1180000000000000001",
            "id" : "1620000000000000003",
            "createdAt" : "2023-02-14T17:40:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1180000000000000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Are you speaking this year?",
            "mediaUrls" : [ ],
            "senderId" : "1457220033",
            "id" : "1620000000000000002",
            "createdAt" : "2023-01-20T09:00:00.000Z",
            "editHistory" : [ ]
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1457220033",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi! Thanks for the follow",
            "mediaUrls" : [ ],
            "senderId" : "1180000000000000001",
            "id" : "1620000000000000001",
            "createdAt" : "2023-01-19T20:30:00.000Z",
            "editHistory" : [ ]
          }
        }
      ]
    }
  },
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
