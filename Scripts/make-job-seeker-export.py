#!/usr/bin/env python3
"""Writes a synthetic export of a job seeker's network, for the tier-count table in
docs/MODEL.md: many recruiter InMail threads (HTML bodies, job subjects) that the owner
answers briefly, the connection-acceptance ritual with hundreds of people, short
congratulations, former colleagues who endorsed once or wrote once, and a smaller number of
real light and strong ties. Deterministic (seeded); names and companies are invented.

    python3 Scripts/make-job-seeker-export.py OUT_FOLDER
    vouch analyze OUT_FOLDER --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["tiers"])'
"""
import csv
import os
import random
import sys

SEED = 28
OWNER = ("Robin", "Vale", "https://www.linkedin.com/in/robin-vale-000")
FORMER = "Bluefin Logistics"
FIRST = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gil", "Hana", "Ivo", "Jun", "Kai", "Lia", "Max", "Noa", "Oli",
         "Pia", "Quin", "Rae", "Sol", "Tia", "Uma", "Vic", "Wes", "Xan", "Yara", "Zed"]
LAST = ["Abel", "Brook", "Crane", "Dale", "Ember", "Frost", "Glen", "Hale", "Isle", "Jett", "Knox", "Lark", "Moss",
        "Nash", "Oak", "Pike", "Reed", "Sage", "Thorn", "Vance", "Wren", "York"]

# How many connections of each kind, and what their messages look like.
MIX = [
    ("recruiter", 900),       # HTML InMail with a job subject, a short reply from the owner
    ("ritual", 700),          # "Thanks for connecting!" / "Likewise!" within days of connecting
    ("congrats", 400),        # a short congratulation and a thank-you, later on
    ("colleague-endorsed", 150),  # former colleague who endorsed once
    ("colleague-wrote", 100),     # former colleague who wrote once, unanswered
    ("colleague-hello", 80),      # former colleague, a short two-way hello years ago
    ("light", 120),           # one real conversation
    ("strong", 40),           # a sustained exchange
    ("lost", 30),             # a sustained exchange that ended years ago
    ("silent", 500),          # connected, nothing more
]


def words(rng, count):
    vocabulary = ["project", "team", "plan", "launch", "client", "data", "week", "call", "idea", "report",
                  "budget", "route", "warehouse", "schedule", "draft", "notes", "review", "question"]
    return " ".join(rng.choice(vocabulary) for _ in range(count))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "job-seeker-export"
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    connections, messages, endorsements = [], [], []
    conversation = 0

    def message(conv, from_owner, person, day, text, subject=""):
        me = (OWNER[0] + " " + OWNER[1], OWNER[2])
        them = (person["name"], person["url"])
        sender, recipient = (me, them) if from_owner else (them, me)
        messages.append([f"conv-{conv}", "", sender[0], sender[1], recipient[0], recipient[1],
                         f"{day} 10:00:00 UTC", subject, text, "INBOX"])

    number = 0
    for kind, count in MIX:
        for _ in range(count):
            number += 1
            first, last = rng.choice(FIRST), rng.choice(LAST) + str(number)
            colleague = kind.startswith("colleague")
            year = rng.randint(2015, 2021) if kind in ("lost", "colleague-hello") else rng.randint(2021, 2025)
            month, day = rng.randint(1, 9), rng.randint(1, 20)
            person = {"name": f"{first} {last}", "url": f"https://www.linkedin.com/in/{first.lower()}-{last.lower()}"}
            company = FORMER if colleague else ("Talent Partners" if kind == "recruiter" else f"Firm {number}")
            connected = f"{day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep'][month - 1]} {year}"
            connections.append([first, last, person["url"], "", company, "Staff", connected])
            conversation += 1
            stamp = f"{year}-{month:02d}-{day:02d}"
            if kind == "recruiter":
                body = "<p>Hi Robin,</p><p>" + words(rng, rng.randint(60, 140)) + "</p>"
                message(conversation, False, person, f"{min(year + 1, 2026)}-{month:02d}-{day:02d}", body,
                        subject=rng.choice(["Opportunity at a fast-growing client", "Senior Analyst role",
                                            "Are you open to new opportunities?"]))
                message(conversation, True, person, f"{min(year + 1, 2026)}-{month:02d}-{day + 1:02d}",
                        "Thanks, " + words(rng, rng.randint(20, 40)))
            elif kind == "ritual":
                message(conversation, False, person, stamp, "Thanks for connecting!")
                message(conversation, True, person, f"{year}-{month:02d}-{day + 1:02d}", "Likewise, great to connect.")
            elif kind == "congrats":
                message(conversation, False, person, f"{min(year + 1, 2026)}-{month:02d}-{day:02d}",
                        "Congrats on the new role!")
                message(conversation, True, person, f"{min(year + 1, 2026)}-{month:02d}-{day + 2:02d}",
                        "Thank you so much!")
            elif kind == "colleague-endorsed":
                endorsements.append([f"{year}/{month:02d}/{day:02d} 10:00:00 UTC", "Logistics", first, last,
                                     person["url"], "ACCEPTED"])
            elif kind == "colleague-wrote":
                message(conversation, False, person, stamp, words(rng, 50))
            elif kind == "colleague-hello":
                message(conversation, False, person, stamp, "Good to see you here!")
                message(conversation, True, person, f"{year}-{month:02d}-{day + 1:02d}", "You too, hope all is well.")
            elif kind == "light":
                message(conversation, False, person, f"2025-{month:02d}-{day:02d}", words(rng, 80))
                message(conversation, True, person, f"2025-{month:02d}-{day + 1:02d}", words(rng, 60))
            elif kind in ("strong", "lost"):
                base = 2025 if kind == "strong" else year
                for step in range(6):
                    message(conversation, False, person, f"{base}-{step + 1:02d}-03", words(rng, 30))
                    message(conversation, True, person, f"{base}-{step + 1:02d}-05", words(rng, 30))

    def write(name, header, rows, preamble=""):
        with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as handle:
            handle.write(preamble)
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)

    write("Profile.csv", ["First Name", "Last Name", "Headline"], [[OWNER[0], OWNER[1], "Open to work"]])
    write("Positions.csv", ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
          [["Northgate Freight", "Analyst", "", "", "Jan 2024", ""], [FORMER, "Coordinator", "", "", "Mar 2014", "Dec 2023"]])
    write("Connections.csv", ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
          connections)
    write("messages.csv", ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                           "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"], messages)
    write("Endorsement_Received_Info.csv", ["Endorsement Date", "Skill Name", "Endorser First Name",
                                             "Endorser Last Name", "Endorser Public Url", "Endorsement Status"],
          endorsements)
    print(f"{out}: {len(connections)} connections, {len(messages)} messages, {len(endorsements)} endorsements")


if __name__ == "__main__":
    main()
