window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [ "1590000000000000001" ],
          "editableUntil" : "2022-11-08T12:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bob M",
            "screen_name" : "bobmueller84",
            "indices" : [ "0", "13" ],
            "id_str" : "2000481516",
            "id" : "2000481516"
          },
          {
            "name" : "Dana W.",
            "screen_name" : "danawhit",
            "indices" : [ "30", "39" ],
            "id_str" : "40120521",
            "id" : "40120521"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [ "0", "60" ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1589999999999999999",
      "id_str" : "1590000000000000001",
      "in_reply_to_user_id" : "2000481516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1590000000000000001",
      "in_reply_to_status_id" : "1589999999999999999",
      "created_at" : "Tue Nov 08 11:30:00 +0000 2022",
      "favorited" : false,
      "full_text" : "@bobmueller84 Agreed &amp; cc @danawhit: let's write it up",
      "lang" : "en",
      "in_reply_to_screen_name" : "bobmueller84",
      "in_reply_to_user_id_str" : "2000481516"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "user_mentions" : [
          {
            "name" : "Northwind",
            "screen_name" : "northwind",
            "indices" : [ "3", "13" ],
            "id_str" : "783214",
            "id" : "783214"
          }
        ]
      },
      "favorite_count" : "0",
      "id_str" : "1580000000000000000",
      "retweet_count" : "0",
      "id" : "1580000000000000000",
      "created_at" : "Mon Oct 10 08:00:00 +0000 2022",
      "full_text" : "RT @northwind: We are hiring data engineers!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "user_mentions" : [ ]
      },
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1570000000000000000",
      "id_str" : "1570000000000000001",
      "in_reply_to_user_id" : "1180000000000000001",
      "id" : "1570000000000000001",
      "created_at" : "Sat Sep 10 09:00:00 +0000 2022",
      "full_text" : "2/ and that is why contracts matter.",
      "lang" : "en",
      "in_reply_to_screen_name" : "alexrivera_data",
      "in_reply_to_user_id_str" : "1180000000000000001"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "user_mentions" : [ ]
      },
      "id_str" : "1560000000000000000",
      "id" : "1560000000000000000",
      "created_at" : "Fri Aug 05 18:45:00 +0000 2022",
      "full_text" : "Shipping a new pipeline today.",
      "lang" : "en"
    }
  }
]
