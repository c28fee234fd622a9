/// `personal_information/personal_information/personal_information.json`: the owner.
struct InstagramPersonalInformation: Decodable {
  struct User: Decodable {
    struct Value: Decodable {
      var value: String?
    }
    var string_map_data: [String: Value]?
  }

  var profile_user: [User]?

  private var fields: [String: Value] { profile_user?.first?.string_map_data ?? [:] }
  typealias Value = User.Value

  var username: String? { fields["Username"]?.value }
  var name: String? { fields["Name"]?.value }
  var email: String? { fields["Email"]?.value ?? fields["Email address"]?.value }
}
