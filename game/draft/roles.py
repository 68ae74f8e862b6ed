"""The role the article gives a person, in its own words.

From an apposition ("Adil Turdukuov, an activist and ally of Atambayev, said"), a role before
the name ("one opposition candidate, Ryskeldi Mombekov"), or a title with its adjectives and
complement ("former president Almazbek Atambayev", "Первый секретарь ЦК КПСС Никита Хрущёв").
"""

from __future__ import annotations

import re

from game.draft.lexicon import lexicon, word_list

ROLE_NOUNS = {
    "en": [
        "president",
        "leader",
        "minister",
        "candidate",
        "activist",
        "astronaut",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "secretary",
        "official",
        "member",
        "commander",
        "pilot",
        "senator",
        "governor",
        "mayor",
        "chairman",
        "head",
        "chief",
        "founder",
        "ally",
        "reporter",
        "journalist",
        "analyst",
        "expert",
        "general",
        "king",
        "queen",
        "premier",
        "cosmonaut",
        "politician",
        "lawyer",
        "judge",
        "ambassador",
        "director",
    ],
    "ru": [
        "президент",
        "лидер",
        "министр",
        "кандидат",
        "активист",
        "космонавт",
        "астронавт",
        "глава",
        "генсек",
        "председател",
        "секретар",
        "премьер",
        "канцлер",
        "депутат",
        "представител",
        "пресс-секретар",
        "руководител",
    ],
    "ky": word_list("президент лидер министр космонавт астронавт төрага башчы депутат активист"),
}


class RoleFinder:
    """Find roles in one article."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.words = lexicon(language)

    def role(self, mentions: list[tuple[int, int]]) -> str:
        """Return the role the article gives the person mentioned at ``mentions`` (first found), or ''."""
        nouns = ROLE_NOUNS[self.language]
        for start, end in sorted(mentions):
            after = self.text[end : end + 160]
            apposition = re.match(
                r",\s+((?:an?|the|one|[a-zа-яёөүң])[^,.;:!?\"“”«»]{2,100}?)(?:,|\s+who\s|\s+which\s|\s+—|\.)",
                after,
            )
            if apposition:
                role = apposition.group(1).strip()
                first = role.split()[0].lower()
                if any(noun in role.lower() for noun in nouns) and not re.match(r"\d", first):
                    return re.sub(r"^(?:an?|the|one)\s+", "", role)
            before = self.text[max(0, start - 80) : start]
            # Only the same sentence: not across a line break or a full stop.
            before = re.split(r"\n|[.!?]\s", before)[-1]
            pre_apposition = re.search(
                r"(?:^|[.,;]\s+|\s)(?:an?|the|one)\s+([^,.;:!?\"“”]{2,60}),\s*$", before
            )
            if pre_apposition and any(noun in pre_apposition.group(1).lower() for noun in nouns):
                return pre_apposition.group(1).strip()
            title = self._title_before(before, nouns)
            if title:
                return title
        return ""

    def _title_before(self, before: str, nouns: list[str]) -> str:
        """Return a role written just before a name ("former president", "президент России")."""
        words = re.findall(r"[\w\-]+", before)[-5:]
        if not before.endswith((" ", "\u00a0")) or not words:
            return ""
        for index in range(len(words) - 1, -1, -1):
            if any(words[index].lower().startswith(noun) for noun in nouns):
                tail = words[index + 1 :]
                # After the noun only a complement in capitals may follow ("России", "ЦК КПСС").
                if len(tail) > 2 or not all(word[:1].isupper() for word in tail):
                    return ""
                start = index
                while start > 0 and self._adjectival(words[start - 1]):
                    start -= 1
                return " ".join(words[start:])
            if index < len(words) - 3:
                break
        return ""

    def _adjectival(self, word: str) -> bool:
        """Return True for a word that can stand before a role noun ("former", "Первый")."""
        lower = word.lower()
        if self.language == "en":
            if word[:1].isupper() and word not in self.words.not_names:
                return True  # "Ata-Meken member", "Russian leader"
            return lower in (
                "former",
                "late",
                "acting",
                "deputy",
                "vice",
                "first",
                "chief",
                "then",
                "opposition",
                "party",
                "lunar",
                "module",
            ) or lower.startswith("pro-")
        if self.language == "ru":
            return lower.endswith(("ый", "ий", "ой", "ая", "яя", "ое", "ее", "его", "ого"))
        return lower.endswith(
            (
                "дын",
                "дин",
                "нын",
                "нин",
                "тын",
                "тин",
                "дагы",
                "тагы",
                "гы",
                "ки",
                "лык",
                "лик",
                "луу",
                "лүү",
                "дык",
                "тык",
                "тик",
                "дик",
            )
        )
