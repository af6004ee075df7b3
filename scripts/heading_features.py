"""Line features for heading detection, shared by scripts/heading-train.

This mirrors Sources/ArchiveDomain/HeadingFeatures.swift feature for feature, in the same order; the Swift side is
what runs on import, this side only derives the weights. scripts/heading-eval measures the Swift side end to end,
so a drift between the two shows up as a gap between the figures the two scripts print.
"""

import re

QUOTES_OPEN = set("\"“«'‘„")
QUOTES_CLOSE = set("\"”»'’“")
DASHES = set("-–—")
LIST_BULLETS = set("•·*▪●■◦")
ARROWS = set("►▶▸→♦")
SPACES = " \u00a0"
CREDIT_WORDS = {
    "photo", "photos", "crédit", "crédits", "credit", "credits", "getty", "afp", "reuters", "image", "images",
    "illustration", "illustrations", "shutterstock", "picture",
}
BYLINE_WORDS = {"by", "par", "posted", "publié", "updated"}
LINK_MARKS = ("http://", "https://", "www.", ".com", ".fr", "pic.twitter")
MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
}
DAY_SUFFIXES = ("st", "nd", "rd", "th", "er")


def tokens(line):
    """Lower-cased runs of letters and digits."""
    return [t for t in re.split(r"[^\w]|_", line.lower()) if t]


def is_credit(line, toks):
    """Photo credits, captions and by-lines: `Photo : AFP`, `© Getty Images`, `By Jane Doe`."""
    lower = line.lower()
    return (
        any(t in CREDIT_WORDS for t in toks)
        or "©" in line
        or "source:" in lower
        or "source :" in lower
        or (bool(toks) and toks[0] in BYLINE_WORDS)
        or lower.startswith("mis à jour")
    )


def is_link(line):
    lower = line.lower()
    if any(mark in lower for mark in LINK_MARKS):
        return True
    return any(c == "@" and k + 1 < len(line) and (line[k + 1].isalnum() or line[k + 1] == "_") for k, c in enumerate(line))


def is_day_number(token):
    digits = len(token) - len(token.lstrip("0123456789"))
    rest = token[digits:]
    return 1 <= digits <= 2 and (rest == "" or rest in DAY_SUFFIXES)


def is_date_like(toks):
    """A day next to a month name: `April 3`, `27 juin`, `May 6th`."""
    for k, t in enumerate(toks):
        if t in MONTHS and ((k > 0 and is_day_number(toks[k - 1])) or (k + 1 < len(toks) and is_day_number(toks[k + 1]))):
            return True
    return False


def is_numbered(line):
    """`1. Title`, `12) Title`, `a) Title`."""
    digits = len(line) - len(line.lstrip("0123456789"))
    if 1 <= digits <= 2:
        return len(line) > digits and line[digits] in ".)"
    return len(line) > 1 and line[0].isascii() and line[0].isalpha() and line[1] in ".)"


def has_question_prefix(line):
    """Interview questions: `Q: …`, `Q. …`, `Question – …`."""
    for prefix in ("Question", "Q"):
        if line.startswith(prefix):
            rest = line[len(prefix):]
            if rest.startswith(" "):
                rest = rest[1:]
            return rest[:1] in (":", ".", "–", "-") and rest[:1] != ""
    return False


NAMES = [
    "bias",
    "one_word",
    "two_or_three_words",
    "four_to_eight_words",
    "nine_to_twelve_words",
    "thirteen_to_twenty_words",
    "ends_sentence",
    "ends_colon",
    "ends_question",
    "ends_exclamation",
    "whole_quote",
    "ends_quote_only",
    "dash_wrapped",
    "list_bullet",
    "arrow",
    "numbered",
    "starts_digit",
    "starts_lowercase",
    "starts_other",
    "all_caps",
    "title_case",
    "credit",
    "link",
    "label_colon",
    "many_commas",
    "first_body_line",
    "near_end",
    "next_long",
    "next_lowercase",
    "prev_short",
    "next_short",
    "in_short_run",
    "shares_first_word",
    "isolated",
    "isolated_question",
    "isolated_quote",
    "isolated_numbered",
    "isolated_bullet",
    "isolated_title_case",
    "isolated_caps",
    "article_marks_headings",
    "short_share_high",
    "question_prefix",
    "short_label",
    "no_letters",
    "ends_digit",
    "prev_ends_colon",
    "date_like",
    "parallel",
]


def words(line):
    return line.split()


def first_letter(line):
    for ch in line:
        if ch.isalpha():
            return ch
    return None


def first_word(line):
    ws = words(line)
    return ws[0].lower() if ws else ""


def is_short(line):
    """A line that looks like a heading at first sight: at most 12 words and no sentence-final mark."""
    return len(words(line)) <= 12 and line[-1] not in ".!?;,:…"


def is_paragraph(line):
    """A line that reads as running text: a sentence end, or too long for a heading."""
    return len(words(line)) > 20 or (line[-1] in ".!;,…" and len(words(line)) > 6)


def is_marked(line):
    """Dash-wrapped intertitle, the one explicit heading mark some wire copy uses: `- Title -`."""
    return len(line) >= 3 and line[0] in DASHES and line[-1] in DASHES and line[1] in SPACES and line[-2] in SPACES


def line_features(lines, i, short_share, marked, starts):
    line = lines[i]
    ws = words(line)
    n = len(ws)
    last = line[-1]
    first = line[0]
    prev = lines[i - 1] if i > 0 else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None

    dash_wrapped = is_marked(line)
    whole_quote = first in QUOTES_OPEN and last in QUOTES_CLOSE
    letters = [c for c in line if c.isalpha()]
    upper = [c for c in letters if c.isupper()]
    long_words = [w for w in ws if len(w) > 3 and w[0].isalpha()]
    capitalised = [w for w in long_words if w[0].isupper()]
    fl = first_letter(line)
    colon = line.find(":")
    numbered = is_numbered(line)
    toks = tokens(line)
    list_bullet = (first in LIST_BULLETS or (first in DASHES and len(line) > 1 and line[1] in SPACES)) and not dash_wrapped
    arrow = first in ARROWS
    all_caps = len(letters) >= 2 and len(upper) == len(letters)
    title_case = len(long_words) >= 2 and len(capitalised) * 10 >= len(long_words) * 7
    ends_question = last == "?" or (last in QUOTES_CLOSE and len(line) > 1 and line[-2] == "?")

    run = 1
    j = i - 1
    while j >= 0 and is_short(lines[j]):
        run += 1
        j -= 1
    j = i + 1
    while j < len(lines) and is_short(lines[j]):
        run += 1
        j += 1

    isolated = is_isolated(lines, i)

    f = [
        True,
        n == 1,
        2 <= n <= 3,
        4 <= n <= 8,
        9 <= n <= 12,
        13 <= n <= 20,
        last in ".;," and not dash_wrapped,
        last == ":",
        ends_question,
        last == "!",
        whole_quote,
        last in QUOTES_CLOSE and not whole_quote,
        dash_wrapped,
        list_bullet,
        arrow,
        numbered,
        first.isdigit() and not numbered,
        fl is not None and fl.islower(),
        not first.isalnum() and first not in QUOTES_OPEN and not dash_wrapped and not list_bullet and not arrow,
        all_caps,
        title_case,
        is_credit(line, toks),
        is_link(line),
        0 < colon < len(line) - 1 and len(words(line[:colon])) <= 3,
        line.count(",") >= 2,
        i == 0,
        i >= len(lines) - 3,
        nxt is not None and len(words(nxt)) >= 25,
        nxt is not None and (first_letter(nxt) or "A").islower(),
        prev is not None and is_short(prev),
        nxt is not None and is_short(nxt),
        is_short(line) and run >= 3,
        (prev is not None and first_word(prev) == first_word(line))
        or (nxt is not None and first_word(nxt) == first_word(line)),
        isolated,
        isolated and ends_question,
        isolated and whole_quote,
        isolated and numbered,
        isolated and (list_bullet or arrow),
        isolated and title_case,
        isolated and all_caps,
        marked and not dash_wrapped,
        short_share >= 0.4,
        has_question_prefix(line),
        last == ":" and n <= 4,
        len(letters) == 0,
        last.isdigit(),
        prev is not None and prev[-1] == ":",
        is_date_like(toks),
        not is_paragraph(line) and any(abs(j - i) > 1 for j in starts.get(start_key(line), ())),
    ]
    return [1.0 if v else 0.0 for v in f]


def article_features(lines):
    """Features of every body line, in the order of NAMES."""
    short_share = sum(1 for l in lines if is_short(l)) / len(lines) if lines else 0.0
    marked = any(is_marked(l) for l in lines)
    starts = {}
    for i, l in enumerate(lines):
        if not is_paragraph(l):
            starts.setdefault(start_key(l), []).append(i)
    return [line_features(lines, i, short_share, marked, starts) for i in range(len(lines))]


def start_key(line):
    """How a line starts, for spotting parallel headings: its first word, or `#` for any number."""
    return "#" if is_numbered(line) else first_word(line)


WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
}


def is_date_only(line):
    """Nothing but a date: `April 3, 2019`, `Mercredi 11 septembre 2019`, `27/06/2019`."""
    toks = tokens(line)
    if not toks or not any(t in MONTHS or t.isdigit() for t in toks):
        return False
    return all(t in MONTHS or t in WEEKDAYS or is_day_number(t) or (t.isdigit() and len(t) == 4) for t in toks)


def vetoed(lines, i):
    """Lines that are never headings whatever their score: the last line (a heading introduces text), a line
    without letters, a line that is only a date."""
    line = lines[i]
    return i == len(lines) - 1 or not any(c.isalpha() for c in line) or is_date_only(line)


def is_isolated(lines, i):
    """A heading stands alone: running text (or the title) before it, running text after it."""
    prev = lines[i - 1] if i > 0 else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return len(words(lines[i])) <= 20 and (prev is None or is_paragraph(prev)) and nxt is not None and is_paragraph(nxt)
