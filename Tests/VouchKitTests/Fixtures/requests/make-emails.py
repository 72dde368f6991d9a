#!/usr/bin/env python3
"""Writes the saved e-mails (.eml) of the request corpus. Every name is fictional: the people
are connections of the sample export's owner (SampleData), or strangers made up here.

Run from anywhere: python3 Tests/VouchKitTests/Fixtures/requests/make-emails.py
"""
import base64
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    encoded = base64.b64encode(data).decode("ascii")
    return "\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def write(name, text):
    with open(os.path.join(HERE, name), "w", newline="") as handle:
        handle.write(text.replace("\n", "\r\n"))


# A trusted friend asks for three people, each with a reason: multipart/alternative,
# quoted-printable UTF-8 with soft line breaks, the plain part first.
plain = """Hi Dana,

Hope the new office is treating you well! Could you introduce me to these three?

1. Tomás Rivera – Director of Operations at Northwind Traders
   - Northwind is rebranding its stores and I would like to pitch signage
2. Maya Okafor — she is opening a second shop and I design storefronts
3. Sofia Marchetti, Marchetti Legal — her firm is moving offices and asked me for a designer

Thanks so much,
Priya

Priya Natarajan
Principal Designer, Natarajan Design Studio
"""
html = "<html><body>" + "".join(
    f"<p>{line}</p>" for line in plain.splitlines() if line) + "</body></html>"
write("quoted-printable.eml", f"""From: =?UTF-8?Q?Priya_Natarajan?= <priya@natarajan-design.example>
To: Dana Whitfield <dana@whitfield-advisory.example>
Subject: =?UTF-8?Q?Three_introductions_=E2=80=94_if_you_can?=
Date: Mon, 16 Nov 2026 09:12:00 +0000
Message-ID: <corpus-1@natarajan-design.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="alt-boundary-1"

--alt-boundary-1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(plain)}
--alt-boundary-1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp(html)}
--alt-boundary-1--
""")

# A base64 ISO-8859-1 body inside multipart/mixed with a nested multipart/alternative,
# a forwarded header block, and a quoted reply below the signature.
latin = """---------- Forwarded message ---------
From: Pat Quinn <pat@quinnwealth.example>
Date: Sun, 15 Nov 2026
Subject: People I'd like to meet

Hello Dana,

Here is my short list:

- Hannah Berg (Northwind Traders)
- Raúl Peña, Fabrikam
- Ingrid Halvorsen

Cheers,
Pat

On Sat, 14 Nov 2026 at 18:02, Dana Whitfield <dana@whitfield-advisory.example> wrote:
> Nice to meet you, Pat. Send me a note.
> Dana
"""
write("base64.eml", f"""Return-Path: <pat@quinnwealth.example>
From: "Quinn, Pat" <pat@quinnwealth.example>
To: dana@whitfield-advisory.example
Subject: Fwd: People I'd like to meet
Date: Mon, 16 Nov 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mixed-2"

This is a multi-part message in MIME format.

--mixed-2
Content-Type: multipart/alternative; boundary="alt-2"

--alt-2
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: base64

{b64(latin.encode("iso-8859-1"))}
--alt-2--

--mixed-2
Content-Type: image/png; name="logo.png"
Content-Disposition: inline; filename="logo.png"
Content-Transfer-Encoding: base64

iVBORw0KGgo=
--mixed-2--
""")

# Only an HTML body, in Windows-1252, names on <p> and <br> lines.
page = """<html><head><meta charset="windows-1252"><style>p {margin:0}</style></head><body>
<p>Dear Dana,</p>
<p>Following up on our call \u2013 these are the people I mentioned:</p>
<p>Sofia Marchetti \u2013 Marchetti Legal<br>
Daniel Reyes \u2013 he landscaped our office and wants more commercial work<br>
Lena Fischer</p>
<p>Many thanks,<br>Chris</p>
<div>Chris Park | Fabrikam Inc. | +1 555 010 4477</div>
</body></html>
"""
write("html-email.eml", f"""From: Chris Park <chris.park@fabrikam.example>
To: Dana Whitfield <dana@whitfield-advisory.example>
Subject: Intros
MIME-Version: 1.0
Content-Type: text/html; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

{qp(page, "cp1252")}""")

# The list as an attached CSV; the body only says so.
attached = "Name,Company,Why\nMaya Okafor,Harbor Bakery,catering for our client events\nJordan Blake,Northwind Traders,\n"
write("attached-list.eml", f"""From: Olivia Grant <olivia@grantwellness.example>
To: dana@whitfield-advisory.example
Subject: the list
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mixed-3"

--mixed-3
Content-Type: text/plain; charset=us-ascii

Hi Dana, the list is attached. Thanks!
Olivia

--mixed-3
Content-Type: text/csv; name="people.csv"
Content-Disposition: attachment; filename="people.csv"
Content-Transfer-Encoding: base64

{b64(attached.encode("utf-8"))}
--mixed-3--
""")
