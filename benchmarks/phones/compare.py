"""Rekindle's phone normalizer against libphonenumber (the `phonenumbers` port, 9.0.x).

    /tmp/venv/bin/pip install phonenumbers
    swift build -c release --product rekindle-bench
    /tmp/venv/bin/python benchmarks/phones/compare.py .build/release/rekindle-bench

For every region Rekindle knows, libphonenumber's example fixed-line and mobile numbers are written
the ways address books and exports write them (national, international, E.164, RFC 3966 `tel:`,
digits only, `00` and `011` prefixes), both normalizers read them with the region as default, and
the results are compared. Also: numbers of other regions written internationally, and strings that
are no full number.
"""

import subprocess
import sys

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

REGIONS = sys.argv[2].split(",") if len(sys.argv) > 2 else None


def rekindle_regions(binary):
    source = open("Sources/IdentityResolution/Normalization/PhoneNumber.swift").read()
    start = source.index("callingCodes: [String: String] = [")
    body = source[start : source.index("]", start + 40)]
    return sorted({part.split('"')[1] for part in body.split(",") if '"' in part})


def cases(regions):
    for region in regions:
        for kind in (PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is None:
                continue
            national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
            international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
            e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
            rfc = phonenumbers.format_number(number, PhoneNumberFormat.RFC3966)
            texts = {national, international, e164, rfc, e164[1:].replace("", "")}
            texts.add("00" + e164[1:])
            texts.add("".join(c for c in national if c.isdigit()))
            for text in texts:
                yield region, text
            # The same number read with another default region: international forms must win.
            other = "US" if region != "US" else "DE"
            yield other, international
    for region in regions[:10]:
        for text in ("12", "n/a", "+", "0000"):
            yield region, text


def libphonenumber(region, text):
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return "-"
    if not phonenumbers.is_possible_number(number):
        return "-"
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def main(binary):
    regions = REGIONS or rekindle_regions(binary)
    inputs = list(dict.fromkeys(cases(regions)))
    lines = "\n".join(f"{region}\t{text}" for region, text in inputs) + "\n"
    output = subprocess.run([binary, "phones"], input=lines, capture_output=True, text=True, check=True).stdout
    agree = disagree = 0
    examples = []
    for line in output.splitlines():
        region, text, ours = line.split("\t")
        theirs = libphonenumber(region, text)
        if ours == theirs:
            agree += 1
        else:
            disagree += 1
            if len(examples) < 25:
                examples.append(f"  {region}  {text!r}: rekindle {ours}, libphonenumber {theirs}")
    total = agree + disagree
    print(f"{len(regions)} regions, {total} inputs: agree {agree} ({agree / total:.1%}), disagree {disagree}")
    print("\n".join(examples))


if __name__ == "__main__":
    main(sys.argv[1])
