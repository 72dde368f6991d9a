#!/usr/bin/env python3
"""Writes SampleData/: a small, fictional LinkedIn export and the request lists of its story.

Everything here is invented. Run from the repository root:  python3 Scripts/make-sample-data.py
The output is deterministic; CI checks that the committed files match it.
"""
import csv
import io
import os
import shutil
import urllib.parse
import zipfile

ROOT = os.environ.get("VOUCH_SAMPLE_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleData")
EXPORT_NAME = "Basic_LinkedInDataExport_11-20-2026"
OWNER = ("Dana", "Whitfield", "dana-whitfield-7c21a9")

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# name, slug, company, position, connected (yyyy, m, d), role in the story
PEOPLE = [
    ("Pat", "Quinn", "pat-quinn-cfp-0a1b2c", "Quinn Wealth Partners", "Financial Planner, CFP", (2026, 11, 14), "requester"),
    ("Maya", "Okafor", "maya-okafor-3f9e10", "Harbor Bakery Co.", "Owner", (2023, 9, 4), "client"),
    ("Tomás", "Rivera", "tomás-rivera-51d2e8", "Northwind Traders", "Director of Operations", (2016, 3, 11), "former-colleague-close"),
    ("Priya", "Natarajan", "priya-natarajan-77a0b3", "Natarajan Design Studio", "Principal Designer", (2022, 1, 19), "networking-close"),
    ("Grace", "Lindqvist", "grace-lindqvist-2be4f1", "Lakeside Dental", "Practice Manager", (2019, 6, 2), "church-close"),
    ("Ben", "Carter", "ben-carter-9a31c7", "Carter Home Repair", "Owner", (2021, 5, 23), "church"),
    ("Sofia", "Marchetti", "sofia-marchetti-4c88d2", "Marchetti Legal", "Attorney", (2024, 2, 8), "client"),
    ("Elizabeth", "Chen", "elizabeth-chen-cpa-1d7f3e", "Chen & Ortiz CPAs", "Partner", (2022, 4, 27), "networking"),
    ("Omar", "Haddad", "omar-haddad-6e20b9", "Northwind Traders", "Senior Analyst", (2017, 8, 15), "former-colleague"),
    ("Robert", "Kowalski", "robert-kowalski-0c5a7d", "Fabrikam Inc.", "VP Sales", (2012, 10, 3), "dormant-trusted"),
    ("Hannah", "Berg", "hannah-berg-8f1e42", "Northwind Traders", "Product Manager", (2018, 11, 20), "dormant-familiar"),
    ("Zoë", "Müller", "zoë-müller-2a9c6b", "Northwind Traders", "Logistics Coordinator", (2020, 7, 14), "former-colleague-nominal"),
    ("Chris", "Park", "chris-park-northwind-3c1d", "Northwind Traders", "Account Executive", (2019, 2, 26), "former-colleague-nominal"),
    ("Chris", "Park", "chris-park-fabrikam-77e0", "Fabrikam Inc.", "Engineer", (2021, 9, 9), "met-once"),
    ("Derek", "Olsen", "derek-olsen-55b1a0", "Northwind Traders", "Warehouse Lead", (2018, 4, 2), "former-colleague-nominal"),
    ("Aisha", "Bello", "aisha-bello-91c3d8", "Northwind Traders", "HR Business Partner", (2017, 1, 30), "former-colleague-nominal"),
    ("Marcus", "Lee", "marcus-lee-0f7a2c", "Northwind Traders", "Finance Manager", (2019, 9, 17), "former-colleague-nominal"),
    ("Julia", "Novak", "julia-novak-6d4e19", "Northwind Traders", "Marketing Specialist", (2020, 11, 5), "former-colleague-nominal"),
    ("Samuel", "Osei", "samuel-osei-2e8b5f", "Northwind Traders", "IT Manager", (2016, 12, 12), "former-colleague-nominal"),
    ("Ingrid", "Halvorsen", "ingrid-halvorsen-7a0c33", "Northwind Traders", "Buyer", (2021, 3, 3), "former-colleague-nominal"),
    ("Victor", "Álvarez", "victor-álvarez-4b6d21", "Northwind Traders", "Regional Manager", (2018, 8, 8), "former-colleague-nominal"),
    ("Nadia", "Petrova", "nadia-petrova-3c9f70", "Contoso Ltd", "Consultant", (2013, 5, 21), "former-colleague-nominal"),
    ("Kevin", "Brandt", "kevin-brandt-1a2b3c", "Brandt Recruiting", "Recruiter", (2025, 3, 14), "recruiter"),
    ("Lena", "Fischer", "lena-fischer-4d5e6f", "Fischer Events", "Event Planner", (2024, 10, 2), "met-once"),
    ("Raj", "Malhotra", "raj-malhotra-7a8b9c", "Malhotra Insurance", "Agent", (2025, 6, 19), "met-once-pitch"),
    ("Emily", "Sato", "emily-sato-0d1e2f", "Sato Photography", "Photographer", (2023, 5, 5), "networking-group-member"),
    ("Daniel", "Reyes", "daniel-reyes-3a4b5c", "Reyes Landscaping", "Owner", (2022, 8, 30), "networking-group-member"),
    ("Olivia", "Grant", "olivia-grant-6d7e8f", "Grant Wellness", "Coach", (2024, 1, 12), "met-once"),
    ("Thomas", "Whitaker", "thomas-whitaker-9a0b1c", "Lakeside Church", "Youth Pastor", (2020, 2, 16), "church"),
    ("Fatima", "Rahman", "fatima-rahman-2d3e4f", "Rahman Accounting", "Bookkeeper", (2025, 9, 25), "met-once"),
    ("George", "Ellis", "george-ellis-5a6b7c", "Ellis Print Shop", "Owner", (2015, 7, 7), "met-once"),
    ("Hiroshi", "Tanaka", "hiroshi-tanaka-8d9e0f", "Contoso Ltd", "Engineering Manager", (2014, 4, 4), "former-colleague-nominal"),
]

HIDDEN_MEMBER_DATE = (2024, 9, 14)


def slug_url(slug, encoded):
    path = urllib.parse.quote(slug) if encoded else slug
    return "https://www.linkedin.com/in/" + path


def dmy(date):
    y, m, d = date
    return f"{d:02d} {MONTHS[m - 1]} {y}"


def person(first):
    for p in PEOPLE:
        if p[0] == first:
            return p
    raise KeyError(first)


def write_csv(path, rows, preamble=None, final_newline=True):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
    text = buffer.getvalue()
    if not final_newline:
        text = text.rstrip("\n")
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if preamble:
            handle.write(preamble)
        handle.write(text)


def connections_rows():
    rows = [["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]]
    dated = sorted(PEOPLE, key=lambda p: p[5], reverse=True)
    hidden_inserted = False
    for p in dated:
        if not hidden_inserted and p[5] < HIDDEN_MEMBER_DATE:
            rows.append(["", "", "", "", "", "", dmy(HIDDEN_MEMBER_DATE)])
            hidden_inserted = True
        email = "maya@harborbakery.example" if p[0] == "Maya" else ""
        rows.append([p[0], p[1], slug_url(p[2], True), email, p[3], p[4], dmy(p[5])])
    return rows


class Messages:
    def __init__(self):
        self.rows = [["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
                      "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT"]]
        self.counter = 0

    def conversation(self, others, messages, title="", folder="INBOX", subject=""):
        """messages: list of (sender first name or 'owner', (y, m, d), text)."""
        self.counter += 1
        cid = f"2-{self.counter:04d}ZmFrZS1jb252ZXJzYXRpb24="
        everyone = [("owner", OWNER[0] + " " + OWNER[1], OWNER[2])] + [
            (p[0], p[0] + " " + p[1], p[2]) for p in others]
        for index, (sender, date, text) in enumerate(messages):
            s = next(e for e in everyone if e[0] == sender)
            recipients = [e for e in everyone if e[0] != sender]
            y, m, d = date
            stamp = f"{y}-{m:02d}-{d:02d} {9 + index % 8:02d}:{(index * 7) % 60:02d}:00 UTC"
            self.rows.append([cid, title, s[1], slug_url(s[2], False), ",".join(r[1] for r in recipients),
                              ",".join(slug_url(r[2], False) for r in recipients), stamp, subject, text, folder, "", "No"])


def monthly(sender_a, sender_b, start, count, text_a, text_b, step=1):
    out = []
    y, m = start
    for i in range(count):
        out.append((sender_a, (y, m, 3), text_a))
        out.append((sender_b, (y, m, 5), text_b))
        m += step
        while m > 12:
            m -= 12
            y += 1
    return out


def messages_rows():
    msgs = Messages()
    # Clients and close ties: sustained two-way exchanges.
    msgs.conversation([person("Maya")], monthly("Maya", "owner", (2023, 9), 14,
                      "Thanks for the campaign plan, the holiday orders doubled.", "Great to hear. Shall we review the spring menu launch next week?", step=2))
    msgs.conversation([person("Tomás")], monthly("owner", "Tomás", (2021, 2), 12,
                      "Coffee next week? I would love your take on a supply-chain client.", "Always. Thursday works, same place as usual.", step=5))
    msgs.conversation([person("Priya")], monthly("Priya", "owner", (2024, 1), 16,
                      "I have a referral for you: a bakery owner who needs a brand refresh.", "Thank you! I will call her today and let you know how it goes."))
    msgs.conversation([person("Grace")], monthly("owner", "Grace", (2022, 3), 10,
                      "Can you help with the food drive sign-up sheet this Sunday?", "Yes, I will bring the clipboards and the tables.", step=4))
    # Familiar: real but light.
    msgs.conversation([person("Ben")], [("Ben", (2025, 4, 2), "Thanks for the advice on my flyers. I printed the new version with the bigger phone number and two neighbours called the same week."),
                                        ("owner", (2025, 4, 3), "Happy to help, see you on Sunday. Bring a few flyers for the church board, they asked about a handyman for the hall."),
                                        ("Ben", (2025, 6, 9), "The church hall job went well, thank you for the mention."),
                                        ("owner", (2025, 6, 10), "Glad to hear it, they were pleased.")])
    msgs.conversation([person("Sofia")], [("owner", (2024, 3, 1), "Here is the proposal we discussed, with the monthly retainer and the two launch campaigns."),
                                          ("Sofia", (2024, 3, 4), "Signed and attached, thank you. Please send the first invoice to our office manager."),
                                          ("Sofia", (2025, 10, 12), "Quick question about the newsletter template: can we move the client stories above the events?"),
                                          ("owner", (2025, 10, 13), "Sent you the updated version with the stories first.")])
    msgs.conversation([person("Elizabeth")], [("Elizabeth", (2025, 2, 20), "Loved your talk at the breakfast meeting. The part about asking clients for one specific introduction instead of referrals in general is exactly what our firm gets wrong. Could you send the worksheet you showed?"),
                                              ("owner", (2025, 2, 21), "Thank you, Liz! The worksheet is attached. Try it with two or three long-standing clients first and tell me what they say. Let us grab lunch next month and compare notes on what worked, and bring the two clients you mentioned if they are keen.")])
    msgs.conversation([person("Omar")], [("Omar", (2024, 6, 9), "Congrats on the new venture!"),
                                         ("owner", (2024, 6, 10), "Thanks Omar, miss the team.")])
    # Dormant: strong once, silent for years.
    msgs.conversation([person("Robert")], monthly("Robert", "owner", (2014, 1), 18,
                      "Can you look at the pitch deck before Monday?", "Done, notes inline. The pricing slide needs work.", step=3))
    msgs.conversation([person("Hannah")], [("owner", (2019, 5, 2), "Can you send me the launch checklist? The regional team wants to reuse it for the spring catalogue."),
                                           ("Hannah", (2019, 5, 2), "Sent, good luck with the launch. The supplier sign-off step is the one people skip."),
                                           ("Hannah", (2021, 1, 15), "Are you joining the offsite? We could use your help on the pricing session."),
                                           ("owner", (2021, 1, 16), "Yes, see you there. I will bring last year's numbers.")])
    # One-way: pitches and recruiters are not relationships.
    msgs.conversation([person("Kevin")], [("Kevin", (2026, 2, 3), "<p>Hi Dana,</p><p>I have an exciting opportunity for you with a fast-growing client. Would you be open to a quick call this week?</p>"),
                                          ("owner", (2026, 2, 4), "Thanks Kevin, I am not looking right now."),
                                          ("Kevin", (2026, 3, 3), "Understood, I will keep you in mind.")],
                      subject="Marketing Director opportunity")
    # The connection-acceptance ritual: a reply, but not a relationship.
    msgs.conversation([person("Fatima")], [("Fatima", (2025, 9, 26), "Thanks for connecting!"),
                                           ("owner", (2025, 9, 26), "Likewise, good to meet you.")])
    msgs.conversation([person("Raj")], [("Raj", (2025, 6, 20), "Do you have ten minutes to talk about life insurance?")])
    # The requester: met last week, one message with a list attached.
    msgs.conversation([person("Pat")], [("Pat", (2026, 11, 15), "Great meeting you at the chamber mixer! I put together a list of people from your network I would love to meet. Could you introduce me?"),
                                        ("owner", (2026, 11, 16), "Nice to meet you too, Pat. Let me take a look.")])
    # The networking group's chat: six people, so it counts little for each of them.
    group = [person("Priya"), person("Elizabeth"), person("Emily"), person("Daniel"), person("Olivia")]
    msgs.conversation(group, [("Emily", (2025, 5, 7), "Reminder: breakfast meeting moves to 7:30."),
                              ("Daniel", (2025, 5, 7), "Thanks, I will bring guests."),
                              ("owner", (2025, 5, 8), "See you all there."),
                              ("Olivia", (2025, 5, 8), "Count me in.")], title="Riverside Referral Circle")
    # Spam and ads are read and left out.
    msgs.conversation([person("Lena")], [("Lena", (2025, 1, 5), "Win a free cruise, click here")], folder="SPAM")
    msgs.conversation([person("George")], [("George", (2026, 5, 5), "Upgrade your print marketing today")], title="Sponsored Conversation")
    return msgs.rows


def invitations_rows():
    owner_url = slug_url(OWNER[2], False)
    rows = [["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"]]
    def add(first, outgoing, date, note=""):
        p = person(first)
        y, m, d = date
        stamp = f"{m}/{d}/{y % 100:02d}, 10:{d:02d} AM"
        them = p[0] + " " + p[1]
        me = OWNER[0] + " " + OWNER[1]
        if outgoing:
            rows.append([me, them, stamp, note, "OUTGOING", owner_url, slug_url(p[2], False)])
        else:
            rows.append([them, me, stamp, note, "INCOMING", slug_url(p[2], False), owner_url])
    add("Pat", False, (2026, 11, 14))
    add("Raj", False, (2025, 6, 19))
    add("Kevin", False, (2025, 3, 14))
    add("Fatima", True, (2025, 9, 25), "Great chatting at the small-business expo about bookkeeping tools.")
    add("Sofia", True, (2024, 2, 8), "Thank you for the referral meeting today; looking forward to working together.")
    add("Lena", False, (2024, 10, 2))
    add("Olivia", False, (2024, 1, 12))
    add("Maya", False, (2023, 9, 4), "Priya said you are the person to talk to about our rebrand.")
    add("Emily", True, (2023, 5, 5))
    return rows


def endorsement_rows(received):
    who = "Endorser" if received else "Endorsee"
    rows = [["Endorsement Date", "Skill Name", f"{who} First Name", f"{who} Last Name", f"{who} Public Url", "Endorsement Status"]]
    entries = {
        True: [("Tomás", "Operations Strategy", (2022, 1, 10)), ("Tomás", "Marketing", (2022, 1, 10)),
               ("Elizabeth", "Marketing", (2025, 3, 1)), ("Omar", "Project Management", (2023, 11, 2)),
               ("Priya", "Branding", (2024, 8, 8)), ("Hannah", "Product Marketing", (2020, 2, 2)),
               ("Raj", "Sales", (2025, 6, 21))],
        False: [("Elizabeth", "Accounting", (2025, 3, 2)), ("Omar", "Data Analysis", (2023, 11, 3)),
                ("Priya", "Graphic Design", (2024, 8, 9)), ("Tomás", "Supply Chain", (2022, 1, 11))],
    }[received]
    for first, skill, (y, m, d) in entries:
        p = person(first)
        rows.append([f"{y}/{m:02d}/{d:02d} 14:51:07 UTC", skill, p[0], p[1],
                     "www.linkedin.com/in/" + p[2], "ACCEPTED" if received else "ACCEPTED"])
    return rows


def recommendation_rows(received):
    rows = [["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"]]
    if received:
        rows.append(["Maya", "Okafor", "Harbor Bakery Co.", "Owner",
                     "Dana rebuilt our brand and our holiday sales doubled. Clear, kind and relentless about results.",
                     "02/14/25, 10:12 AM", "VISIBLE"])
        rows.append(["Robert", "Kowalski", "Contoso Ltd", "Sales Director",
                     "Dana is the analyst every sales team wishes it had.", "06/30/15, 04:45 PM", "VISIBLE"])
    else:
        rows.append(["Tomás", "Rivera", "Northwind Traders", "Director of Operations",
                     "Tomás runs the calmest operations team I have worked with.", "12/09/22, 07:18 PM", "VISIBLE"])
    return rows


def write_export(folder):
    os.makedirs(folder, exist_ok=True)
    write_csv(os.path.join(folder, "Profile.csv"), [
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [OWNER[0], OWNER[1], "", "", "", "Marketing consultant for small businesses", "", "Marketing Services",
         "", "Riverside", "", "", ""]])
    write_csv(os.path.join(folder, "Positions.csv"), [
        ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
        ["Whitfield Advisory", "Founder", "Marketing for small businesses", "Riverside", "Jun 2023", ""],
        ["Northwind Traders", "Marketing Manager", "", "Riverside", "Mar 2016", "May 2023"],
        ["Contoso Ltd", "Marketing Analyst", "", "Lakeview", "Sep 2011", "Feb 2016"]])
    write_csv(os.path.join(folder, "Education.csv"), [
        ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
        ["Riverside State University", "2007", "2011", "", "BA Marketing", ""]])
    notes = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
             'You will only see email addresses for connections who have allowed their connections to see or download '
             'their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more '
             'here https://www.linkedin.com/help/linkedin/answer/261"\n\n')
    write_csv(os.path.join(folder, "Connections.csv"), connections_rows(), preamble=notes, final_newline=False)
    write_csv(os.path.join(folder, "messages.csv"), messages_rows())
    write_csv(os.path.join(folder, "Invitations.csv"), invitations_rows())
    write_csv(os.path.join(folder, "Endorsement_Received_Info.csv"), endorsement_rows(True))
    write_csv(os.path.join(folder, "Endorsement_Given_Info.csv"), endorsement_rows(False))
    write_csv(os.path.join(folder, "Recommendations_Received.csv"), recommendation_rows(True))
    write_csv(os.path.join(folder, "Recommendations_Given.csv"), recommendation_rows(False))
    write_csv(os.path.join(folder, "Learning.csv"), [["Content Title", "Content Type", "Content Last Watched Date (if viewed)"],
                                                     ["Pricing your services", "COURSE", "2025-02-01 10:00 UTC"]])
    write_csv(os.path.join(folder, "Reactions.csv"), [["Date", "Type", "Link"],
                                                      ["2026-01-02 10:00:00", "LIKE", "https://www.linkedin.com/feed/update/urn:li:activity:1"]])


def write_zip(folder, path):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(os.listdir(folder)):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(folder, name), "rb") as handle:
                archive.writestr(info, handle.read())


def write_lists():
    # Pat's list: mostly the owner's former Northwind colleagues, in the order of the
    # owner's own connections export, with no reasons.
    rows = [["Name", "Company"]]
    for first, last, company in [
        ("Ingrid", "Halvorsen", "Northwind Traders"), ("Julia", "Novak", "Northwind Traders"),
        ("Zoe", "Muller", "Northwind Traders"), ("Marcus", "Lee", "Northwind Traders"),
        ("Chris", "Park", ""), ("Hannah", "Berg", "Northwind Traders"), ("Victor", "Alvarez", "Northwind Traders"),
        ("Derek", "Olsen", "Northwind Traders"), ("Omar", "Haddad", "Northwind Traders"),
        ("Aisha", "Bello", "Northwind Traders"), ("Samuel", "Osei", "Northwind Traders"),
        ("Bob", "Kowalski", "Fabrikam"), ("Jordan", "Blake", "Northwind Traders"),
    ]:
        rows.append([f"{first} {last}", company])
    write_csv(os.path.join(ROOT, "lists", "pat-quinn-wishlist.csv"), rows)
    # A targeted ask for contrast: three people, each with a reason.
    with open(os.path.join(ROOT, "lists", "priya-targeted.txt"), "w", encoding="utf-8") as handle:
        handle.write("# People Priya would like to meet, and why\n")
        handle.write("Maya Okafor (Harbor Bakery) — she is opening a second shop and I design storefronts\n")
        handle.write("Dr. Tomás Rivera, Northwind Traders — Northwind is rebranding its stores; I would like to pitch signage\n")
        handle.write("Liz Chen — her firm wants a new logo and she asked me for a designer\n")


def write_contacts():
    folder = os.path.join(ROOT, "contacts")
    os.makedirs(folder, exist_ok=True)
    header = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name", "Phonetic Last Name",
              "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name", "Organization Title",
              "Organization Department", "Birthday", "Notes", "Photo", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
              "Phone 1 - Label", "Phone 1 - Value", "Website 1 - Label", "Website 1 - Value"]
    def row(first, last, org, labels, email="", phone="", birthday="", notes="", website=""):
        return [first, "", last, "", "", "", "", "", "", "", org, "", "", birthday, notes, "", labels,
                "* Work" if email else "", email, "Mobile" if phone else "", phone, "Profile" if website else "", website]
    rows = [header,
            row("Maya", "Okafor", "Harbor Bakery Co.", "Clients ::: * myContacts", "maya@harborbakery.example", "+1 555 0101",
                notes="Prefers calls after 3pm"),
            row("Sofia", "Marchetti", "Marchetti Legal", "Clients ::: * myContacts", "sofia@marchetti.example", "+1 555 0102"),
            row("Grace", "Lindqvist", "", "Church ::: * myContacts", "", "+1 555 0103", birthday="1984-03-09"),
            row("Ben", "Carter", "Carter Home Repair", "Church ::: * myContacts", "", "+1 555 0104"),
            row("Thomas", "Whitaker", "Lakeside Church", "Church ::: * myContacts", "", "+1 555 0105",
                website="https://www.linkedin.com/in/thomas-whitaker-9a0b1c"),
            row("Jordan", "Blake", "Northwind Traders", "* myContacts", "jordan.blake@northwind.example", ""),
            ]
    write_csv(os.path.join(folder, "google-contacts.csv"), rows)
    vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lindqvist;Grace;;;\r\nFN:Grace Lindqvist\r\nTEL;TYPE=CELL:+1 555 0103\r\n"
           "CATEGORIES:Church,Food drive\r\nEND:VCARD\r\n"
           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Natarajan;Priya;;;\r\nFN:Priya Natarajan\r\nORG:Natarajan Design Studio\r\n"
           "TEL;TYPE=WORK:+1 555 0106\r\nNOTE:Riverside Referral Circle\\, sends great referrals\r\nEND:VCARD\r\n")
    with open(os.path.join(folder, "phone.vcf"), "w", encoding="utf-8", newline="") as handle:
        handle.write(vcf)


def main():
    folder = os.path.join(ROOT, EXPORT_NAME)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(os.path.join(ROOT, "lists"), exist_ok=True)
    write_export(folder)
    write_zip(folder, os.path.join(ROOT, EXPORT_NAME + ".zip"))
    write_lists()
    write_contacts()


if __name__ == "__main__":
    main()
