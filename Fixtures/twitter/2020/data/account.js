window.YTD.account.part0 = [ {
  "account" : {
    "phoneNumber" : "+351912345678",
    "email" : "alex.rivera@example.org",
    "createdVia" : "web",
    "username" : "alexrivera_data",
    "accountId" : "1180000000000000001",
    "createdAt" : "2015-03-30T10:38:02.103Z",
    "accountDisplayName" : "Alex Rivera"
  }
} ]
