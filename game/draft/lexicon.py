"""The words the rules look for, in English, Russian and Kyrgyz.

Month and weekday names come from Babel (CLDR), so they are spelt as the date formatter
spells them; the rest (attribution verbs, pronouns, relative time words) is listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel.dates import get_day_names, get_month_names

LANGUAGES = ("en", "ru", "ky")


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the draft rules use, for one language."""

    language: str
    speech_verbs: tuple[str, ...]  # regex alternatives for "said", "заявил(а)", "деди"
    reported_verbs: tuple[str, ...]  # verbs that introduce reported speech
    pronouns_male: tuple[str, ...]
    pronouns_female: tuple[str, ...]
    pronouns_plural: tuple[str, ...]
    possessive_pronouns: tuple[str, ...]  # "his", "her": "His first words were: ..."
    titles: tuple[str, ...]  # words before a name that give a role ("President")
    not_names: frozenset[str]  # capitalised words that are never a person's name
    organisation_words: frozenset[str]  # a capitalised phrase with one of these is no person
    action_verbs: tuple[str, ...]  # verbs (regex) after which a named subject is a person
    then_words: tuple[str, ...]  # words that put an event after the one before it, same day
    number_words: dict[str, int]


def word_list(text: str) -> tuple[str, ...]:
    """Return the words of ``text`` (a list of words written as one string)."""
    return tuple(text.split())


def _alternatives(words: str) -> tuple[str, ...]:
    return word_list(words)


EN = Lexicon(
    language="en",
    speech_verbs=_alternatives(
        r"said says told tells added adds radioed wrote writes declared declares announced "
        r"announces replied asked asks stated shouted exclaimed recalled remarked insisted "
        r"warned explained tweeted continued answered joked concluded proclaimed promised"
    ),
    reported_verbs=_alternatives(
        r"said says told added announced claimed blamed insisted warned argued confirmed "
        r"denied stated declared admitted accused promised"
    ),
    pronouns_male=("he",),
    pronouns_female=("she",),
    pronouns_plural=("they",),
    possessive_pronouns=("his", "her", "their"),
    titles=_alternatives(
        r"President Prime Minister Chancellor General Senator Governor Mayor King Queen Pope "
        r"Mr Mrs Ms Dr Captain Commander Colonel Secretary Minister Leader Premier Sir Lord Lady"
    ),
    not_names=frozenset(
        word_list(
            "The A An And But Or If In On At By For From To Of As It Its This That These Those "
            "He She They We You I His Her Their Our My After Before When While Then Later Photo "
            "Embed Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
            "March April June July August September October November December Mr Mrs Ms Dr "
            "Oct Nov Dec Jan Feb Aug Sept Sep Apr Jun Jul There Here Some Many Most One Two "
            "Three Four Five Six Seven Eight Nine Ten Around About Both Almost Only Not No Yes"
        )
    ),
    organisation_words=frozenset(
        word_list(
            "Committee House Party Union Republic Ministry Council Organisation Organization "
            "Security National Times Press Agency Bank University Court Parliament Mission Kingdom "
            "States Nations Europe Radio Free Office Centre Center Service Force Army Navy Air "
            "Space Administration Station Street Square Gate Wall Airport Church Museum Institute "
            "Assembly Congress Senate Federation Front Movement Group Company Corporation News "
            "Television Channel Radiosu Azattyk Tranquility Base Mission Control Module Sea Ocean "
            "River Mountain Mountains Island Islands Lake Asia America Africa Berlin Moon Earth "
            "Apollo Eagle Columbia Germany Britain Kingdom Republic Democratic Republican "
            "Soviet Russian American British German Kyrgyz French Chinese USS HMS Park Hall Prison "
            "Town City Cape Gate Strasse Street Road Avenue Bridge Airport East West North South Central"
        )
    ),
    action_verbs=_alternatives(
        r"\w+ed won ran led met left took gave went came wrote spoke became began stood "
        r"fell flew sat saw told said thought found brought held made set"
    ),
    then_words=_alternatives(r"then later afterwards afterward after hours minutes shortly soon"),
    number_words={
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "a": 1,
        "an": 1,
    },
)

RU = Lexicon(
    language="ru",
    speech_verbs=_alternatives(
        r"заявил\w* сказал\w* добавил\w* произн[её]с\w* произнесл\w* ответил\w* отметил\w* "
        r"подчеркнул\w* сообщил\w* объявил\w* признал\w* пояснил\w* воскликнул\w* написал\w* "
        r"говорит говорил\w* обещал\w* пообещал\w* спросил\w* заключил\w* вспоминал\w* "
        r"вспомнил\w* крикнул\w* передал\w* продолжил\w* уточнил\w*"
    ),
    reported_verbs=_alternatives(
        r"заявил\w* сказал\w* сообщил\w* отметил\w* подчеркнул\w* объявил\w* признал\w* "
        r"пообещал\w* обещал\w*"
    ),
    pronouns_male=("он",),
    pronouns_female=("она",),
    pronouns_plural=("они",),
    possessive_pronouns=("его", "её", "ее", "их"),
    titles=_alternatives(
        r"президент премьер-министр канцлер генерал министр лидер глава генсек "
        r"председатель космонавт астронавт"
    ),
    not_names=frozenset(
        word_list(
            "В На По С Со И А Но Он Она Они Это Этот Эта Как Когда После До Перед Затем Тогда "
            "Уже Так Там Здесь Его Её Их Мы Вы Я Все Всё Через Спустя Около Почти Лишь Только "
            "Не Ни Да Для Из От У О Об При Год Понедельник Вторник Среда Четверг Пятница "
            "Суббота Воскресенье"
        )
    ),
    organisation_words=frozenset(
        word_list(
            "Союз СССР Россия России Москва Москвы Кремль Кремля Совет Совета Верховный "
            "Верховного Государственная Дума Думы Партия Партии Комитет Комитета Земля Земли "
            "Восток Востока Байконур Казахстан Беловежская Пуща Белоруссия Украина Содружество "
            "Независимых Государств ТАСС РИА Новости Советский Советского Союза Российская "
            "Федерация Федерации Кыргызстан Бишкек Бишкеке"
        )
    ),
    action_verbs=_alternatives(r"\w+л[аои]? \w+лся \w+лась"),
    then_words=_alternatives(r"затем потом позже позднее после вскоре спустя через"),
    number_words={
        "один": 1,
        "одну": 1,
        "два": 2,
        "две": 2,
        "три": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
    },
)

KY = Lexicon(
    language="ky",
    speech_verbs=_alternatives(
        r"деди деп билдирди белгиледи кошумчалады айтты жарыялады жазды сурады жооп "
        r"берди айткан билдирген"
    ),
    reported_verbs=_alternatives(r"билдирди белгиледи жарыялады айтты"),
    pronouns_male=("ал",),
    pronouns_female=("ал",),
    pronouns_plural=("алар",),
    possessive_pronouns=("анын", "алардын"),
    titles=_alternatives(r"президент премьер-министр министр лидер башчы төрага космонавт"),
    not_names=frozenset(
        word_list(
            "Ал Алар Бул Ошол Ошондо Андан Кийин Бирок Жана Мен Биз Сиз Эми Ошентип Ошондой "
            "Дүйшөмбү Шейшемби Шаршемби Бейшемби Жума Ишемби Жекшемби"
        )
    ),
    organisation_words=frozenset(
        word_list(
            "Кыргызстан Кыргызстандын Бишкек Бишкекте Ак Үй Жогорку Кеңеш Кеңештин Союз СССР "
            "Москва Россия Ай Жер Аполлон Америка Кошмо Штаттары Штаттарынын НАСА"
        )
    ),
    action_verbs=_alternatives(r"\w+ды \w+ди \w+ту \w+тү \w+ду \w+дү"),
    then_words=_alternatives(r"андан кийин кийин ошондон соң соң"),
    number_words={
        "бир": 1,
        "эки": 2,
        "үч": 3,
        "төрт": 4,
        "беш": 5,
        "алты": 6,
        "жети": 7,
        "сегиз": 8,
        "тогуз": 9,
        "он": 10,
    },
)

_LEXICONS = {"en": EN, "ru": RU, "ky": KY}


def lexicon(language: str) -> Lexicon:
    """Return the lexicon of ``language`` (``en``, ``ru`` or ``ky``)."""
    return _LEXICONS[language]


def _stem(words: list[str]) -> str:
    """Return the longest common start of ``words`` (lowercase)."""
    lower = [word.lower().rstrip(".") for word in words]
    first = lower[0]
    length = 0
    while length < len(first) and all(
        len(word) > length and word[length] == first[length] for word in lower
    ):
        length += 1
    return first[:length]


@cache
def month_patterns(language: str) -> tuple[tuple[int, str], ...]:
    """Return (month number, regex) for every month, built from Babel's names."""
    patterns: list[tuple[int, str]] = []
    for number in range(1, 13):
        forms = [
            get_month_names("wide", "format", language)[number],
            get_month_names("wide", "stand-alone", language)[number],
        ]
        if language == "en":
            abbreviated = get_month_names("abbreviated", "format", language)[number]
            alternatives = sorted(
                {forms[0], abbreviated + r"\.?", "Sept\\.?"}
                if number == 9
                else {forms[0], abbreviated + r"\.?"},
                key=len,
                reverse=True,
            )
            patterns.append((number, "(?:" + "|".join(alternatives) + ")"))
            continue
        stem = _stem(forms)
        # Russian and Kyrgyz decline month names (октября, октябрында): match the stem and any
        # ending; the stem of май/мая is too short to stand alone, so it lists its forms.
        if len(stem) < 3:
            patterns.append((number, "(?:май\\w*|мая|мае)"))
        else:
            stem = stem[:-1] if stem.endswith(("ь", "й")) else stem
            patterns.append((number, re.escape(stem) + r"\w*"))
    return tuple(patterns)


@cache
def weekday_patterns(language: str) -> tuple[tuple[int, str], ...]:
    """Return (weekday, regex) with Monday as 0, built from Babel's names."""
    names = get_day_names("wide", "format", language)
    patterns: list[tuple[int, str]] = []
    for weekday in range(7):
        name = names[weekday].lower()
        if language == "en":
            patterns.append((weekday, names[weekday]))
        elif language == "ru":
            stem = name[:-1] if name.endswith(("а", "я", "е")) else name
            patterns.append((weekday, re.escape(stem) + r"\w*"))
        else:
            # жума is also "week": only "жума күнү" is Friday.
            patterns.append((weekday, re.escape(name) + (r"\s+күнү" if name == "жума" else r"\w*")))
    return tuple(patterns)
