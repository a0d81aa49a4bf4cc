#!/usr/bin/env python3
"""Every value reaches SQL as a bound parameter, never as text.

Scans the sources for SQL text (a string literal that starts with an SQL
keyword) and for what is pasted into it: the arguments of .arg() applied to
it, and whatever is joined to it with +. Each such piece must be one of the
reviewed constant kinds below (column lists, identifiers quoted by the code
that owns the schema, placeholders, a LIKE operator); anything else, such as a
caller's number or a message's text, fails the test with its file and line.
A new kind of piece is added here only after review.

Exit status 0 when nothing unreviewed is pasted into SQL.
"""

import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCES = ("core", "app", "ui")

# What may be pasted into SQL text, with why.
REVIEWED = [
    (r"(QLatin1String\()?k[A-Z]\w*\)?( [-+*] \d+)?", "a named constant of the code (column list, lock id, page size)"),
    (r"column", "LeadRepository::findWhere's column, always a literal of the repository"),
    (r"table", "a table name from the migrations' own list"),
    (r"conversationsOfTexted", "a subquery of literals (DashboardStats)"),
    (r"QStringList\(rows, row\)", "rows of '?' placeholders for a multi-row INSERT"),
    (r"order\.join\(QStringLiteral\(\", \"\)\)", "quoted column names, for ORDER BY"),
    (r"likeOp", "LIKE or ILIKE, chosen by the database kind"),
    (r"columns|summarySql\(\)|columnList\(\w+\)", "a column list built from the schema"),
    (r"quoted\([\w.]+\)", "a table name from the schema, quoted as an identifier"),
    (r"m_cursorName", "the cursor's own generated name"),
    (r"marks\.join\(QLatin1Char\(','\)\)", "'?' placeholders, one per bound value"),
    (r"QString::number\(\w+\)", "a number the code computed"),
]
ALLOWED = re.compile(r"^(?:%s)$" % "|".join(pattern for pattern, _ in REVIEWED))

SQL_START = re.compile(
    r'^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|FETCH|CREATE|ALTER|DROP|WHERE|AND|OR|ORDER BY|GROUP BY|FROM|JOIN|'
    r'LEFT JOIN|LIMIT|SET|VALUES|ON CONFLICT|RETURNING|UNION)\b')
LITERAL = re.compile(r'(?:QStringLiteral|QLatin1String|QString::fromLatin1)?\(?\s*"((?:[^"\\\n]|\\.)*)"\s*\)?')


def balanced(text, start):
    """The text inside the parenthesis that opens at text[start], and the index after its close."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
    return text[start + 1:], len(text)


def split_top(args):
    parts, depth, current = [], 0, ""
    for ch in args:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def pasted_pieces(source):
    """(offset, piece) for everything pasted into SQL text in one file."""
    pieces = []
    for match in LITERAL.finditer(source):
        if not SQL_START.match(match.group(1)):
            continue
        end = match.end()
        # Adjacent literals continue the same text.
        follow = LITERAL.match(source, end)
        while follow and follow.start() == end + len(source[end:follow.start()]) and \
                source[end:follow.start()].strip() == "":
            end = follow.end()
            follow = LITERAL.match(source, end)
        rest = source[end:]
        at = 0
        while True:
            call = re.match(r"\s*\.arg\(", rest[at:])
            if not call:
                break
            args, after = balanced(rest, at + call.end() - 1)
            pieces.extend((end + at, piece) for piece in split_top(args))
            at = after
        joined = re.match(r"\s*\+\s*([A-Za-z_][\w.]*(?:\([^()]*\))?)", rest[at:])
        if joined and not joined.group(1).startswith(("QStringLiteral", "QLatin1String")):
            pieces.append((end + at, joined.group(1)))
        before = re.search(r"([A-Za-z_][\w.]*(?:\([^()]*\))?)\s*\+\s*$", source[max(0, match.start() - 80):match.start()])
        if before and not before.group(1).startswith(("QStringLiteral", "QLatin1String")) and \
                before.group(1) not in ("return",):
            pieces.append((match.start(), before.group(1)))
    return pieces


def main():
    problems, checked = [], 0
    for top in SOURCES:
        for folder, _dirs, files in os.walk(os.path.join(ROOT, top)):
            for name in sorted(files):
                if not name.endswith(".cpp"):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as f:
                    source = f.read()
                for offset, piece in pasted_pieces(source):
                    checked += 1
                    if not ALLOWED.match(piece):
                        line = source.count("\n", 0, offset) + 1
                        problems.append("%s:%d: pasted into SQL text: %s" % (os.path.relpath(path, ROOT), line, piece))
    for problem in problems:
        print(problem)
    print("%d pieces pasted into SQL text, %d not of a reviewed kind" % (checked, len(problems)))
    if problems:
        print("Bind values with ? and QSqlQuery::addBindValue; add a kind to REVIEWED only for constants.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
