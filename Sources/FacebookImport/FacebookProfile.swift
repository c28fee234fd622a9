/// The owner's profile file, `profile_information.json` (`profile` until 2020, `profile_v2` after).
struct FacebookProfile: Decodable {
  struct Profile: Decodable {
    struct Name: Decodable {
      var full_name: String?
    }
    struct Emails: Decodable {
      var emails: [String]?
    }
    var name: Name?
    var emails: Emails?
    var username: String?
  }

  var profile: Profile?
  var profile_v2: Profile?

  var current: Profile? { profile_v2 ?? profile }
}
