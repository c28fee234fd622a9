window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "40120521",
      "userLink" : "https://twitter.com/intent/user?user_id=40120521"
    }
  },
  {
    "follower" : {
      "accountId" : "2000481516",
      "userLink" : "https://twitter.com/intent/user?user_id=2000481516"
    }
  },
  {
    "follower" : {
      "accountId" : "987654321",
      "userLink" : "https://twitter.com/intent/user?user_id=987654321"
    }
  }
]
