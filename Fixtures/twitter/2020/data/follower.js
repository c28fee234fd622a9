window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "40120521"
  }
} ]
