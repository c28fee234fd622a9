window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1555555555555555555",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Welcome both!",
            "mediaUrls" : [ ],
            "senderId" : "1180000000000000001",
            "id" : "1555555555555555600",
            "createdAt" : "2022-08-06T10:05:00.000Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [ "987654321" ],
            "createdAt" : "2022-08-06T10:03:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi all, making a group for the meetup",
            "mediaUrls" : [ ],
            "senderId" : "2000481516",
            "id" : "1555555555555555590",
            "createdAt" : "2022-08-06T10:01:00.000Z"
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "2000481516",
            "name" : "Lisbon data meetup",
            "createdAt" : "2022-08-06T10:00:30.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "2000481516",
            "participantsSnapshot" : [ "2000481516", "1180000000000000001", "987654321", "40120521" ],
            "createdAt" : "2022-08-06T10:00:00.000Z"
          }
        }
      ]
    }
  }
]
