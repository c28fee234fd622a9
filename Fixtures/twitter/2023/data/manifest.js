window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1180000000000000001",
    "userName" : "alexrivera_data",
    "displayName" : "Alex Rivera"
  },
  "archiveInfo" : {
    "sizeBytes" : "48211",
    "generationDate" : "2026-11-01T09:12:44.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ { "fileName" : "data/account.js", "globalName" : "YTD.account.part0", "count" : "1" } ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [ { "fileName" : "data/direct-messages.js", "globalName" : "YTD.direct_messages.part0", "count" : "2" } ]
    },
    "directMessagesGroup" : {
      "mediaDirectory" : "data/direct_messages_group_media",
      "files" : [ { "fileName" : "data/direct-messages-group.js", "globalName" : "YTD.direct_messages_group.part0", "count" : "1" } ]
    },
    "follower" : {
      "files" : [ { "fileName" : "data/follower.js", "globalName" : "YTD.follower.part0", "count" : "3" } ]
    },
    "following" : {
      "files" : [ { "fileName" : "data/following.js", "globalName" : "YTD.following.part0", "count" : "2" } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "4" } ]
    }
  }
}
