"""People, their roles, and who said each quotation."""

from __future__ import annotations

from game.draft.people import PeopleFinder, Person, same_name_word
from game.draft.quotes import FoundQuote, QuoteFinder
from game.draft.sentences import split_sentences


def find(text: str, language: str = "en") -> tuple[list[Person], list[FoundQuote], QuoteFinder]:
    """Return the people and quotes of ``text``."""
    sentences = split_sentences(text, language)
    people = PeopleFinder(text, sentences, language).find()
    finder = QuoteFinder(text, sentences, people, language)
    return people, finder.find(), finder


def test_a_role_comes_from_an_apposition_or_a_title() -> None:
    """'X, an activist and ally of Y, said' and 'former president X' give the roles."""
    text = (
        "Adil Turdukuov, an activist and ally of Atambayev, said the crowd was calm. "
        "The crowd freed former president Almazbek Atambayev on Tuesday."
    )
    people, _, _ = find(text)
    roles = {person.name: person.role for person in people}
    assert roles == {
        "Adil Turdukuov": "activist and ally of Atambayev",
        "Almazbek Atambayev": "former president",
    }


def test_russian_surnames_in_other_cases_are_the_same_person() -> None:
    """Ельцин, Ельцина, Ельцину are mentions of one person, named in the nominative."""
    text = "Президент России Борис Ельцин ушёл в отставку. Решение Ельцина удивило всех. Ельцину было 68 лет."
    people, _, _ = find(text, "ru")
    assert [(person.name, len(person.mentions)) for person in people] == [("Борис Ельцин", 3)]
    assert same_name_word("Атамбаев", "Атамбаевдин", "ky")
    assert not same_name_word("Путин", "Путешествие", "ru")


def test_words_inside_quotation_marks_are_not_people() -> None:
    """A capitalised phrase someone says («Берегите Россию») is not a person."""
    people, _, _ = find("Покидая Кремль, Борис Ельцин сказал: «Берегите Россию».", "ru")
    assert [person.name for person in people] == ["Борис Ельцин"]


def test_a_speaker_after_the_quotation_is_found() -> None:
    """'"…," Armstrong radioed' and '«…», — сказал Ельцин' name the speaker."""
    _, quotes, _ = find(
        'Neil Armstrong flew. "The Eagle has landed," Armstrong radioed to Houston.'
    )
    assert [(quote.text, quote.speaker.name, quote.notes) for quote in quotes] == [
        ("The Eagle has landed.", "Neil Armstrong", [])
    ]
    _, quotes, _ = find("Борис Ельцин выступил. «Я ухожу», — сказал Ельцин.", "ru")
    assert [(quote.text, quote.speaker.name) for quote in quotes] == [("Я ухожу.", "Борис Ельцин")]


def test_a_pronoun_is_resolved_to_the_last_person_and_the_draft_says_so() -> None:
    """'he added' and 'His first words were:' go to the last person named, with a note."""
    text = (
        'Neil Armstrong climbed down. His first words were: "That\'s one small step for man." '
        '"It is beautiful," he added.'
    )
    _, quotes, _ = find(text)
    assert [(quote.speaker.name, quote.notes) for quote in quotes] == [
        ("Neil Armstrong", ['speaker resolved from "His"']),
        ("Neil Armstrong", ['speaker resolved from "he"']),
    ]


def test_a_name_inside_a_quotation_is_not_whom_he_refers_to() -> None:
    """In '"Mr. Gorbachev, tear down this wall!" he said', he is Reagan, not Gorbachev."""
    text = 'President Ronald Reagan challenged Mikhail Gorbachev. "Mr. Gorbachev, tear down this wall!" he said.'
    _, quotes, _ = find(text)
    assert [quote.speaker.name for quote in quotes] == ["Ronald Reagan"]


def test_the_subject_before_an_apposition_is_the_speaker() -> None:
    """'X, an ally of Y who saw it, said …"quote"' is X's, not Y's."""
    text = (
        "Almazbek Atambayev was freed. Adil Turdukuov, an activist and ally of Atambayev who witnessed "
        'the release said the ex-leader was freed "without force or use of any weapons".'
    )
    _, quotes, _ = find(text)
    assert [(quote.speaker.name, quote.text) for quote in quotes if not quote.reported] == [
        ("Adil Turdukuov", "… without force or use of any weapons.")
    ]


def test_a_role_word_points_at_the_person_with_that_role() -> None:
    """'— добавил президент' is said by the person whose role is президент."""
    text = "Президент России Борис Ельцин ушёл. «Я хочу попросить у вас прощения», — добавил президент."
    _, quotes, _ = find(text, "ru")
    assert [(quote.speaker.name, quote.notes) for quote in quotes] == [
        ("Борис Ельцин", ['speaker resolved from "президент" (the role of Борис Ельцин)'])
    ]


def test_a_quotation_with_no_speaker_is_left_out_and_listed() -> None:
    """Quoted words no one is said to have said are listed for the teacher, not guessed."""
    _, quotes, finder = find('The crowd gathered. Banners read "Down with the government today".')
    assert quotes == []
    assert finder.unattributed == ["Down with the government today"]


def test_reported_speech_is_marked_reported() -> None:
    """'X said that …' without quotation marks is a reported statement in the article's words."""
    text = "David Cameron met the press. Cameron said on Friday that he would step down by October."
    _, quotes, _ = find(text)
    assert [(quote.reported, quote.speaker.name, quote.text) for quote in quotes] == [
        (True, "David Cameron", "He would step down by October.")
    ]


def test_a_russian_pronoun_after_the_dash_is_resolved() -> None:
    """'«…», — добавил он' goes to the last man named, with a note."""
    text = (
        "Михаил Горбачёв выступил по телевидению. «Я покидаю свой пост с тревогой», — добавил он."
    )
    _, quotes, _ = find(text, "ru")
    assert [(quote.speaker.name, quote.notes) for quote in quotes] == [
        ("Михаил Горбачёв", ['speaker resolved from "он"'])
    ]


def test_a_kyrgyz_quotation_with_dedi_has_its_speaker() -> None:
    """'«…», — деди Армстронг' is Armstrong's, named in full earlier."""
    text = (
        "Нил Армстронг Айга түштү. «Бул адам үчүн кичинекей кадам», — деди Армстронг Айдын бетинде."
    )
    people, quotes, _ = find(text, "ky")
    assert [person.name for person in people] == ["Нил Армстронг"]
    assert [(quote.text, quote.speaker.name) for quote in quotes] == [
        ("Бул адам үчүн кичинекей кадам.", "Нил Армстронг")
    ]


def test_a_body_that_speaks_is_a_speaker() -> None:
    """'Birimdik, which includes …, said it was open to …' is reported speech of a party."""
    from game.draft.groups import find_groups

    text = "Birimdik, which includes the president's younger brother, said it was open to a re-run of the vote."
    sentences = split_sentences(text, "en")
    groups = find_groups(text, sentences, "en", [])
    assert [(group.name, group.group) for group in groups] == [("Birimdik", True)]
    quotes = QuoteFinder(text, sentences, groups, "en").find()
    assert [(quote.reported, quote.speaker.name, quote.text) for quote in quotes] == [
        (True, "Birimdik", "It was open to a re-run of the vote.")
    ]
