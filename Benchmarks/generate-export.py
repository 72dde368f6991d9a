#!/usr/bin/env python3
"""Writes a deterministic synthetic LinkedIn export in the current (2025-2026) format.

  python3 Benchmarks/generate-export.py --out /tmp/big --connections 30000 --messages 1000000 [--zip] [--era 2021]

Same flags, same bytes. `--era 2021` writes the layout of late 2020 to early 2023 instead: no
URL in Connections, Invitations and endorsements; messages without RECIPIENT PROFILE URLS
(recipients only by name in TO) or draft columns; names that are mostly unique (all such a
layout has to go by); and one connection in five with a credential after a comma in their
last name (`Berg, MBA`), as names are in real networks. The files follow the real export's shape: Connections.csv with its
Notes preamble and percent-encoded URLs, messages.csv with raw-Unicode URLs, quoting, commas
and quotes in content, multi-recipient group threads, spam, drafts and sponsored threads;
Invitations, endorsements (received and given), recommendations, Positions and Profile.
All people are invented from syllables.
"""
import argparse
import csv
import os
import random
import urllib.parse
import zipfile

FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gustavo", "Hana", "Ibrahim", "Jörg", "Kwame", "Lucía",
         "Mei", "Nikolai", "Olu", "Priya", "Quentin", "Rosa", "Søren", "Tomás", "Uma", "Viktor", "Wen", "Ximena",
         "Yusuf", "Zoë", "Aoife", "Björn", "Ciarán", "Dagný"]
LAST = ["Andersen", "Berg", "Castillo", "Dubois", "Eriksson", "Fernández", "García", "Haddad", "Ivanova", "Jensen",
        "Kowalski", "López", "Müller", "Nakamura", "Okafor", "Petrović", "Quinn", "Rossi", "Sato", "Tanaka",
        "Ünal", "Varga", "Wójcik", "Xu", "Yılmaz", "Zhang", "O'Brien", "Ng", "da Silva", "van der Berg"]
COMPANIES = ["Northwind Traders", "Contoso Ltd", "Fabrikam, Inc.", "Tailspin Toys", "Wide World Importers",
             "Adventure Works", "Litware", "Proseware", "Woodgrove Bank", "Coho Winery", "Alpine Ski House",
             "Fourth Coffee", "Lucerne Publishing", "Margie's Travel", "Trey Research"]
TITLES = ["Engineer", "Senior Engineer", "Product Manager", "Director, Sales", "Recruiter", "Consultant",
          "VP \"Growth\"", "Analyst", "Founder & CEO", "Designer"]
WORDS = ("thanks for reaching out happy to help let us catch up next week the proposal looks great "
         "could you send the deck I will introduce you congratulations on the new role, "
         "quick question about the \"pilot\" project see you at the meetup").split()
CREDENTIALS = ["MBA", "PMP", "CFP", "MBA, PMP", "SPHR"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
OWNER = ("Morgan", "Example", "morgan-example-0001")


def slug(first, last, index):
    return f"{first}-{last}-{index:06x}".lower().replace(" ", "-").replace("'", "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--connections", type=int, default=30000)
    parser.add_argument("--messages", type=int, default=1000000)
    parser.add_argument("--invitations", type=int, default=20000)
    parser.add_argument("--endorsements", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--zip", action="store_true", help="also write OUT.zip")
    parser.add_argument("--era", choices=["current", "2021"], default="current",
                        help="the layout to write (2021: late 2020 to early 2023, names without URLs)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    old = args.era == "2021"
    os.makedirs(args.out, exist_ok=True)
    people = []
    for index in range(args.connections):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if old:
            # Names are all a layout without URLs has to go by: mostly unique, as in a real
            # network (27,000 double-barrelled names, then a middle initial).
            first = FIRST[index // 900 % len(FIRST)] + ("" if index < 27000 else " " + chr(65 + index // 27000 % 26) + ".")
            last = LAST[index % len(LAST)] + "-" + LAST[index // len(LAST) % len(LAST)]
        key = slug(first, last, index)
        if old and index % 5 == 0:
            last += ", " + CREDENTIALS[index // 5 % len(CREDENTIALS)]
        people.append((first, last, key, rng.choice(COMPANIES), rng.choice(TITLES),
                       (rng.randint(2012, 2026), rng.randint(1, 12), rng.randint(1, 28))))
    people.sort(key=lambda p: p[5], reverse=True)
    owner_url = "https://www.linkedin.com/in/" + OWNER[2]

    def url(p, encoded):
        return "https://www.linkedin.com/in/" + (urllib.parse.quote(p[2]) if encoded else p[2])

    with open(os.path.join(args.out, "Connections.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write('Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n')
        writer = csv.writer(handle, lineterminator="\n")
        def row(fields):
            # The 2021 layout has no URL column (the third).
            writer.writerow(fields[:2] + fields[3:] if old else fields)
        row(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for p in people:
            y, m, d = p[5]
            email = f"{p[2]}@example.com" if rng.random() < 0.03 else ""
            if rng.random() < 0.01:
                row(["", "", "", "", "", "", f"{d:02d} {MONTHS[m - 1]} {y}"])
                continue
            row([p[0], p[1], url(p, True), email, p[3], p[4], f"{d:02d} {MONTHS[m - 1]} {y}"])

    with open(os.path.join(args.out, "messages.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        def row(fields):
            # The 2021 layout: no recipient URLs (the sixth column), attachments or drafts.
            writer.writerow(fields[:5] + fields[6:10] if old else fields)
        row(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
             "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
             "IS MESSAGE DRAFT"])
        written = 0
        conversation = 0
        weights = [1.0 / (i + 1) ** 0.9 for i in range(len(people))]
        partners = rng.choices(range(len(people)), weights=weights, k=max(1, args.messages // 5))
        while written < args.messages:
            conversation += 1
            cid = f"2-{conversation:08x}MDAwZmFrZQ=="
            group = rng.random() < 0.05
            others = [people[partners[conversation % len(partners)]]]
            if group:
                others += [people[rng.randrange(len(people))] for _ in range(rng.randint(4, 8))]
            title = "Sponsored Conversation" if rng.random() < 0.01 else ""
            folder = "SPAM" if rng.random() < 0.01 else rng.choice(["INBOX", "INBOX", "ARCHIVE"])
            length = min(args.messages - written, rng.randint(1, 12))
            year, month = rng.randint(2016, 2026), rng.randint(1, 12)
            for i in range(length):
                sender = None if rng.random() < 0.5 else rng.choice(others)
                participants = [(OWNER[0] + " " + OWNER[1], owner_url)] + [(o[0] + " " + o[1], url(o, False)) for o in others]
                if sender is None:
                    s = participants[0]
                else:
                    s = (sender[0] + " " + sender[1], url(sender, False))
                recipients = [p for p in participants if p != s]
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60)))
                day = min(28, 1 + i * 2)
                draft = "Yes" if rng.random() < 0.002 else "No"
                fields = [cid, title, s[0], s[1], ",".join(r[0] for r in recipients),
                          ",".join(r[1] for r in recipients),
                          f"{year}-{month:02d}-{day:02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 UTC",
                          "", words, "" if draft == "Yes" else folder, "", draft]
                written += 1
                if old and draft == "Yes":
                    continue  # drafts are not in the 2021 layout
                row(fields)

    with open(os.path.join(args.out, "Invitations.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        def row(fields):
            # The 2021 layout: the first five columns only.
            writer.writerow(fields[:5] if old else fields)
        row(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
        for _ in range(args.invitations):
            p = people[rng.randrange(len(people))]
            outgoing = rng.random() < 0.4
            y, m, d = p[5]
            note = "Great to meet you at the conference, let us stay in touch" if rng.random() < 0.2 else ""
            me, them = OWNER[0] + " " + OWNER[1], p[0] + " " + p[1]
            stamp = f"{m}/{d}/{y % 100:02d}, {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {'AM' if rng.random() < 0.5 else 'PM'}"
            if outgoing:
                row([me, them, stamp, note, "OUTGOING", owner_url, url(p, False)])
            else:
                row([them, me, stamp, note, "INCOMING", url(p, False), owner_url])

    for name, who in [("Endorsement_Received_Info.csv", "Endorser"), ("Endorsement_Given_Info.csv", "Endorsee")]:
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            def row(fields):
                # The 2021 layout has no URL column (the fifth).
                writer.writerow(fields[:4] + fields[5:] if old else fields)
            row(["Endorsement Date", "Skill Name", f"{who} First Name", f"{who} Last Name", f"{who} Public Url",
                 "Endorsement Status"])
            for _ in range(args.endorsements // 2):
                p = people[rng.randrange(len(people))]
                row([f"{rng.randint(2015, 2026)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d} 10:00:00 UTC",
                     rng.choice(["Leadership", "Sales", "Swift", "Marketing", "Negotiation"]), p[0], p[1],
                     "www.linkedin.com/in/" + p[2], "ACCEPTED"])

    for name in ["Recommendations_Received.csv", "Recommendations_Given.csv"]:
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"])
            for _ in range(max(1, args.connections // 1000)):
                p = people[rng.randrange(len(people))]
                writer.writerow([p[0], p[1], p[3], p[4], "A pleasure to work with, \"highly\" recommended.",
                                 f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(15, 26)}, 07:18 PM", "VISIBLE"])

    with open(os.path.join(args.out, "Positions.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write("Company Name,Title,Description,Location,Started On,Finished On\n"
                     "Northwind Traders,Director,,Remote,Jan 2020,\nContoso Ltd,Manager,,Remote,Mar 2014,Dec 2019\n")
    with open(os.path.join(args.out, "Profile.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write("First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
                     "Twitter Handles,Websites,Instant Messengers\n"
                     f"{OWNER[0]},{OWNER[1]},,,,Director,,,,,,,\n")

    # A 1,000-name request list drawn from the connections, with a few strangers.
    with open(os.path.join(args.out + "-list.csv"), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["Name", "Company"])
        for i in range(1000):
            if i % 10 == 9:
                writer.writerow([f"Stranger {i}", "Nowhere"])
            else:
                p = people[rng.randrange(len(people))]
                writer.writerow([p[0] + " " + p[1], p[3]])

    if args.zip:
        base = os.path.basename(os.path.normpath(args.out))
        with zipfile.ZipFile(args.out.rstrip("/") + ".zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(os.listdir(args.out)):
                info = zipfile.ZipInfo(name, date_time=(2026, 11, 20, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(os.path.join(args.out, name), "rb") as source:
                    archive.writestr(info, source.read())


if __name__ == "__main__":
    main()
