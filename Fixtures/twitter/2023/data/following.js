window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "2000481516",
      "userLink" : "https://twitter.com/intent/user?user_id=2000481516"
    }
  },
  {
    "following" : {
      "accountId" : "783214",
      "userLink" : "https://twitter.com/intent/user?user_id=783214"
    }
  }
]
