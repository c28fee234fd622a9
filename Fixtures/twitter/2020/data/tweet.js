window.YTD.tweet.part0 = [ {
  "tweet" : {
    "retweeted" : false,
    "entities" : {
      "user_mentions" : [ {
        "name" : "Dana Whitfield",
        "screen_name" : "danawhit",
        "indices" : [ "10", "19" ],
        "id_str" : "40120521",
        "id" : "40120521"
      } ]
    },
    "id_str" : "1250000000000000000",
    "id" : "1250000000000000000",
    "created_at" : "Tue Apr 14 16:20:00 +0000 2020",
    "full_text" : "Great talk @danawhit!",
    "lang" : "en"
  }
} ]
