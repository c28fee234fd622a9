window.YTD.tweet.part1 = [ {
  "tweet" : {
    "retweeted" : false,
    "entities" : {
      "user_mentions" : [ {
        "name" : "Bob M",
        "screen_name" : "bobmueller84",
        "indices" : [ "0", "13" ],
        "id_str" : "2000481516",
        "id" : "2000481516"
      } ]
    },
    "id_str" : "1240000000000000000",
    "id" : "1240000000000000000",
    "in_reply_to_user_id_str" : "2000481516",
    "in_reply_to_screen_name" : "bobmueller84",
    "created_at" : "Sun Mar 15 11:00:00 +0000 2020",
    "full_text" : "@bobmueller84 stay safe out there",
    "lang" : "en"
  }
} ]
