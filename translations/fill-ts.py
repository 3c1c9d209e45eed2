#!/usr/bin/env python3
"""Fills unfinished entries of a Qt .ts file from a JSON object {source: translation}.

The source is written as it appears in the user interface (not XML-escaped); a plural entry's
translation is a list of forms. Entries already translated are left alone unless --force.
    translations/fill-ts.py translations/strata_fr.ts fr.json [--force]
"""
import json
import re
import sys
from xml.sax.saxutils import escape, unescape


def main():
    ts_path, json_path = sys.argv[1], sys.argv[2]
    force = '--force' in sys.argv[3:]
    table = json.load(open(json_path, encoding='utf-8'))
    text = open(ts_path, encoding='utf-8').read()
    used = set()

    def fill(match):
        message = match.group(0)
        source = unescape(re.search(r'<source>(.*?)</source>', message, re.S).group(1), {'&quot;': '"', '&apos;': "'"})
        if source not in table or ('type="unfinished"' not in message and not force):
            return message
        used.add(source)
        value = table[source]
        if isinstance(value, list):
            forms = ''.join('\n            <numerusform>%s</numerusform>' % escape(v) for v in value)
            translation = '<translation>%s\n        </translation>' % forms
        else:
            translation = '<translation>%s</translation>' % escape(value)
        return re.sub(r'<translation[^>]*>.*?</translation>|<translation[^>]*/>', lambda _: translation, message, count=1, flags=re.S)

    text = re.sub(r'<message[^>]*>.*?</message>', fill, text, flags=re.S)
    open(ts_path, 'w', encoding='utf-8').write(text)
    left = len(re.findall(r'type="unfinished"', text))
    unknown = [s for s in table if s not in used]
    print('%s: %d filled, %d unfinished left%s' % (ts_path, len(used), left,
          ('; not found or already done: %d' % len(unknown)) if unknown else ''))


if __name__ == '__main__':
    main()
