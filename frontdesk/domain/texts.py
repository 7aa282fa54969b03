"""Messages the domain (and the layers under the window) hand to the window, in English, kept
translatable without Qt: a `Text` is the English string (so logs, the command line and callers
that only read a str keep working) and remembers its stable template and named values, which
the window translates when it shows it (frontdesk/ui/domain_text.py lists every template).

Vendors' own texts (a refusal's reason) are plain strings: they stay as the vendor wrote them.
"""

from __future__ import annotations

from collections.abc import Mapping


class Text(str):
    """`Text("{provider} is away", provider="Dr Peeters")` reads "Dr Peeters is away".

    `number`: the count a plural template is about ("and %n more"): each language has its
    forms for it. A value that is itself a `Text` is kept as one (translated with the rest)."""

    template: str
    values: Mapping[str, str]
    number: int | None

    def __new__(cls, template: str, number: int | None = None, **values: object) -> Text:
        words = {
            name: value if isinstance(value, Text) else str(value) for name, value in values.items()
        }
        english = template if number is None else template.replace("%n", str(number))
        made = super().__new__(cls, english.format_map(words))
        made.template = template
        made.values = words
        made.number = number
        return made

    def __getnewargs_ex__(self) -> tuple[tuple[str, int | None], dict[str, str]]:
        """Copied and pickled as made (the English alone would be read as the template)."""
        return (self.template, self.number), dict(self.values)
