#!/usr/bin/env python3
"""Writes the Facebook and Instagram fixtures with Meta's mojibake (one \\u00XX escape per UTF-8 byte).

Run from the repository root: python3 scripts/make-meta-fixtures.py
"""
import json
import os


def meta(value):
    """Encodes strings the way Meta does: UTF-8 bytes read as Latin-1, then ASCII-escaped."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [meta(v) for v in value]
    if isinstance(value, dict):
        return {k: meta(v) for k, v in value.items()}
    return value


def write(path, document):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="ascii") as f:
        f.write(json.dumps(meta(document), indent=2, ensure_ascii=True))


def thread(participants, messages, path, title=None, thread_type=None):
    doc = {"participants": [{"name": p} for p in participants], "messages": messages,
           "title": title or ", ".join(p for p in participants[:-1]),
           "is_still_participant": True, "thread_path": path, "magic_words": []}
    if thread_type:
        doc["thread_type"] = thread_type
    return doc


OWNER = "Alex Rivera"

# Facebook 2026 layout ---------------------------------------------------------------
fb = "Fixtures/facebook/2026"
write(f"{fb}/personal_information/profile_information/profile_information.json", {"profile_v2": {
    "name": {"full_name": OWNER, "first_name": "Alex", "middle_name": "", "last_name": "Rivera"},
    "emails": {"emails": ["alex.rivera@example.org"], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
    "username": "alex.rivera.5c6d", "registration_timestamp": 1262304000}})
write(f"{fb}/connections/friends/your_friends.json", {"friends_v2": [
    {"name": "Tomasz Wiśniewski", "timestamp": 1591012800},
    {"name": "Priya Natarajan", "timestamp": 1420070400},
    {"name": "Zoë Lindqvist", "timestamp": 1772926883},
    {"name": "", "timestamp": 1500000000}]})
write(f"{fb}/connections/friends/removed_friends.json", {"deleted_friends_v2": [
    {"name": "Kevin Marsh", "timestamp": 1609459200}]})
write(f"{fb}/connections/friends/sent_friend_requests.json", {"sent_requests_v2": [
    {"name": "Amara Diallo", "timestamp": 1767225600}]})
write(f"{fb}/connections/friends/received_friend_requests.json", {"received_requests_v2": [
    {"name": "Jonas Becker", "timestamp": 1764547200}]})
write(f"{fb}/connections/followers/people_who_followed_you.json", {"followers_v3": [
    {"name": "Lena Fischer"}]})
write(f"{fb}/connections/followers/who_you've_followed.json", {"following_v3": [
    {"name": "Northwind Traders", "timestamp": 1700000000}]})
msgs = f"{fb}/your_facebook_activity/messages"
write(f"{msgs}/inbox/tomaszwisniewski_10158812345/message_1.json", thread(
    ["Tomasz Wiśniewski", OWNER], [
        {"sender_name": OWNER, "timestamp_ms": 1735725600000, "content": "Szczęśliwego Nowego Roku! 🎉", "is_geoblocked_for_viewer": False},
        {"sender_name": "Tomasz Wiśniewski", "timestamp_ms": 1735722000000, "content": "Happy new year Alex 😂", "reactions": [{"reaction": "❤", "actor": OWNER}], "is_geoblocked_for_viewer": False},
        {"sender_name": "Tomasz Wiśniewski", "timestamp_ms": 1704067200000, "photos": [{"uri": "your_facebook_activity/messages/inbox/tomaszwisniewski_10158812345/photos/1234.jpg", "creation_timestamp": 1704067200}], "is_geoblocked_for_viewer": False},
    ], "inbox/tomaszwisniewski_10158812345"))
write(f"{msgs}/inbox/tomaszwisniewski_10158812345/message_2.json", thread(
    ["Tomasz Wiśniewski", OWNER], [
        {"sender_name": OWNER, "timestamp_ms": 1591099200000, "content": "Great to meet you at the conference.", "is_geoblocked_for_viewer": False},
    ], "inbox/tomaszwisniewski_10158812345"))
write(f"{msgs}/inbox/hikingcrew_7234987234/message_1.json", thread(
    ["Priya Natarajan", "Zoë Lindqvist", "Kevin Marsh", OWNER], [
        {"sender_name": "Zoë Lindqvist", "timestamp_ms": 1719900000000, "content": "Sunday hike? ⛰️", "is_geoblocked_for_viewer": False},
        {"sender_name": OWNER, "timestamp_ms": 1719903600000, "content": "I'm in", "is_geoblocked_for_viewer": False},
        {"sender_name": "Former Member", "timestamp_ms": 1719800000000, "content": "I left the group later", "is_geoblocked_for_viewer": False},
    ], "inbox/hikingcrew_7234987234", title="Hiking crew"))
write(f"{msgs}/archived_threads/kevinmarsh_5551234/message_1.json", thread(
    ["Kevin Marsh", OWNER], [
        {"sender_name": "Kevin Marsh", "timestamp_ms": 1609372800000, "content": "See you around", "is_geoblocked_for_viewer": False},
    ], "archived_threads/kevinmarsh_5551234"))
write(f"{msgs}/filtered_threads/facebookuser_99887766/message_1.json", thread(
    ["", OWNER], [
        {"sender_name": "", "timestamp_ms": 1650000000000, "content": "hello?", "is_geoblocked_for_viewer": False},
    ], "filtered_threads/facebookuser_99887766"))
write(f"{msgs}/message_requests/jonasbecker_4433221/message_1.json", thread(
    ["Jonas Becker", OWNER], [
        {"sender_name": "Jonas Becker", "timestamp_ms": 1764547300000, "content": "Hi! We met at the Berlin meetup.", "is_geoblocked_for_viewer": False},
    ], "message_requests/jonasbecker_4433221"))
write(f"{msgs}/e2ee_cutover/priyanatarajan_10223344/message_1.json", thread(
    ["Priya Natarajan", OWNER], [
        {"sender_name": OWNER, "timestamp_ms": 1698000000000, "is_unsent": True, "is_geoblocked_for_viewer": False},
        {"sender_name": "Priya Natarajan", "timestamp_ms": 1697990000000, "share": {"link": "https://example.com/article"}, "is_geoblocked_for_viewer": False},
    ], "e2ee_cutover/priyanatarajan_10223344"))

# Facebook 2019 layout ---------------------------------------------------------------
fb = "Fixtures/facebook/2019"
write(f"{fb}/profile_information/profile_information.json", {"profile": {
    "name": {"full_name": OWNER, "first_name": "Alex", "last_name": "Rivera"},
    "emails": {"emails": ["alex.rivera@example.org"]}, "username": "alex.rivera.5c6d"}})
write(f"{fb}/friends/friends.json", {"friends": [
    {"name": "Tomasz Wiśniewski", "timestamp": 1591012800, "contact_info": "tomasz.w@example.com"},
    {"name": "Kevin Marsh", "timestamp": 1388534400}]})
write(f"{fb}/friends/removed_friends.json", {"deleted_friends": []})
write(f"{fb}/messages/inbox/kevinmarsh_a1b2c3d4e5/message_1.json", thread(
    ["Kevin Marsh", OWNER], [
        {"sender_name": "Kevin Marsh", "timestamp_ms": 1546300800000, "content": "Happy 2019!", "type": "Generic"},
        {"sender_name": OWNER, "timestamp_ms": 1546297200000, "content": "Café tomorrow?", "type": "Generic"},
        {"sender_name": OWNER, "timestamp_ms": 1546290000000, "call_duration": 120, "type": "Call"},
    ], "inbox/kevinmarsh_a1b2c3d4e5", thread_type="Regular"))

# Facebook 2022 layout (friends_and_followers) ------------------------------------------
fb = "Fixtures/facebook/2022"
write(f"{fb}/profile_information/profile_information.json", {"profile_v2": {
    "name": {"full_name": OWNER}, "emails": {"emails": ["alex.rivera@example.org"]}}})
write(f"{fb}/friends_and_followers/friends.json", {"friends_v2": [
    {"name": "Kevin Marsh", "timestamp": 1388534400}, {"name": "Zoë Lindqvist", "timestamp": 1640995200}]})
write(f"{fb}/friends_and_followers/friend_requests_received.json", {"received_requests_v2": [
    {"name": "Jonas Becker", "timestamp": 1650000000}]})
write(f"{fb}/friends_and_followers/followers.json", {"followers_v2": [{"name": "Lena Fischer"}]})
write(f"{fb}/messages/inbox/zoelindqvist_9f8e7d6c/message_1.json", thread(
    ["Zoë Lindqvist", OWNER], [
        {"sender_name": "Zoë Lindqvist", "timestamp_ms": 1641081600000, "content": "Tack för igår!"},
    ], "inbox/zoelindqvist_9f8e7d6c"))

# Instagram 2025 layout (value shape) ---------------------------------------------------
ig = "Fixtures/instagram/2025"
ff = f"{ig}/connections/followers_and_following"
def rel(username, ts, title=""):
    return {"title": title, "media_list_data": [], "string_list_data": [
        {"href": f"https://www.instagram.com/{username}", "value": username, "timestamp": ts}]}
write(f"{ig}/personal_information/personal_information/personal_information.json", {"profile_user": [{
    "media_map_data": {"Profile Photo": {"uri": "media/profile/202501/profile.jpg", "creation_timestamp": 1735689600, "title": ""}},
    "string_map_data": {"Email": {"href": "", "value": "alex.rivera@example.org", "timestamp": 0},
                        "Phone Confirmed": {"href": "", "value": "False", "timestamp": 0},
                        "Username": {"href": "", "value": "alexrivera.data", "timestamp": 0},
                        "Name": {"href": "", "value": OWNER, "timestamp": 0},
                        "Bio": {"href": "", "value": "Data & mountains ⛰️", "timestamp": 0}}}]})
write(f"{ff}/followers_1.json", [rel("zoe.lindqvist", 1720152884), rel("kaynes._", 1720152000), rel("tomasz.wisniewski", 1600000000)])
write(f"{ff}/following.json", {"relationships_following": [rel("zoe.lindqvist", 1753773514), rel("natgeo", 1500000000)]})
write(f"{ff}/close_friends.json", {"relationships_close_friends": [rel("zoe.lindqvist", 1753773600)]})
write(f"{ff}/blocked_profiles.json", {"relationships_blocked_users": [rel("spam.account.123", 1740000000)]})
write(f"{ff}/pending_follow_requests.json", {"relationships_follow_requests_sent": [rel("private.person", 1750000000)]})
write(f"{ff}/recently_unfollowed_profiles.json", {"relationships_unfollowed_users": [rel("oldfriend_88", 1745000000)]})
write(f"{ff}/hide_story_from.json", {"relationships_hide_stories_from": [rel("boss.account", 1745000000)]})
im = f"{ig}/your_instagram_activity/messages/inbox"
write(f"{im}/zoelindqvist_17841400000000000/message_1.json", thread(
    ["Zoë Lindqvist", OWNER], [
        {"sender_name": "Zoë Lindqvist", "timestamp_ms": 1754000000000, "content": "Reacted 😂 to your message ", "is_geoblocked_for_viewer": False},
        {"sender_name": OWNER, "timestamp_ms": 1753990000000, "content": "Look at this view from Pico do Arieiro", "is_geoblocked_for_viewer": False},
        {"sender_name": "Zoë Lindqvist", "timestamp_ms": 1753980000000, "content": "Where are you now?", "is_geoblocked_for_viewer": False},
    ], "inbox/zoelindqvist_17841400000000000"))

# Instagram 2026 layout (title shape, deep-link hrefs) -----------------------------------
ig = "Fixtures/instagram/2026"
ff = f"{ig}/connections/followers_and_following"
write(f"{ig}/personal_information/personal_information/personal_information.json", {"profile_user": [{
    "string_map_data": {"Username": {"href": "", "value": "alexrivera.data", "timestamp": 0},
                        "Name": {"href": "", "value": OWNER, "timestamp": 0}}}]})
write(f"{ff}/followers_1.json", [rel("zoe.lindqvist", 1720152884)])
write(f"{ff}/following.json", {"relationships_following": [
    {"title": "funke.fu", "string_list_data": [{"href": "https://www.instagram.com/_u/funke.fu", "timestamp": 1774205809}]},
    {"title": "zoe.lindqvist", "string_list_data": [{"href": "https://www.instagram.com/_u/zoe.lindqvist", "timestamp": 1753773514}]}]})
write(f"{ff}/blocked_profiles.json", {"relationships_blocked_users": [
    {"title": "spam.account.123", "string_list_data": [{"href": "https://www.instagram.com/_u/spam.account.123", "timestamp": 1740000000}]}]})
write(f"{ig}/your_instagram_activity/messages/inbox/funkefu_17841455555555555/message_1.json", thread(
    ["Funke Fashola", OWNER], [
        {"sender_name": "Funke Fashola", "timestamp_ms": 1774300000000, "content": "Thanks for the follow! Àṣẹ 🙏", "is_geoblocked_for_viewer": False},
    ], "inbox/funkefu_17841455555555555"))
