"""Facts carry the recogniser's confidence; what was heard but not understood is said so (GL105/GL106)."""
from __future__ import annotations

import pytest

import datetime

from greetlint.facts import extract_facts
from greetlint.transcript import from_script, from_timed_words

TODAY = datetime.date(2026, 11, 30)


def _heard(text: str, unsure: tuple[str, ...] = (), low: float = 0.2):
    """A recording's transcript of ``text``: every word 0.4 s, probability 0.95 (``low`` for words in ``unsure``)."""
    words = []
    for i, w in enumerate(text.split()):
        p = low if w.strip(".,!?").lower() in unsure else 0.95
        words.append((" " + w, i * 0.4, i * 0.4 + 0.35, p))
    return from_timed_words(words)


def test_a_number_carries_the_recognisers_confidence_and_a_script_none():
    heard = extract_facts(_heard("Hi, this is Dana. Call me at two oh six, five five five, oh one four two."), "message", TODAY)
    (number,) = heard.phone_numbers
    assert number.digits == "2065550142" and 0.9 <= number.confidence <= 1.0
    doubtful = extract_facts(_heard("Hi, this is Dana. Call me at two oh six, five five five, oh one four two.",
                                    unsure=("five", "four")), "message", TODAY)
    assert doubtful.phone_numbers[0].confidence < number.confidence
    script = extract_facts(from_script("Hi, this is Dana. Call me at 206-555-0142."), "message", TODAY)
    assert script.phone_numbers[0].confidence is None and script.name_confidence == []


def test_number_words_after_a_cue_that_read_as_no_number_are_unclear_not_missing():
    facts = extract_facts(_heard("Hi, it's Dana from Brightline. My number is five five, one nine one. Bye."),
                          "message", TODAY)
    assert facts.phone_numbers == []
    (unclear,) = facts.unclear_numbers
    assert "one nine one" in unclear.text
    # a script says what it says: no "unclear" there, and times and counts are never numbers
    assert extract_facts(from_script("My number is five five, one nine one."), "message", TODAY).unclear_numbers == []
    assert extract_facts(_heard("We are open twenty four seven, nine to five on Saturdays."), "greeting",
                         TODAY).unclear_numbers == []
    account = extract_facts(_heard("Your account number is five five one nine one four two two."), "message", TODAY)
    assert account.unclear_numbers == []


def test_an_unsure_name_after_an_introduction_is_a_name_heard_not_a_missing_one():
    facts = extract_facts(_heard("Hi, you've reached key lattimore. Leave a message.", unsure=("key", "lattimore")),
                          "greeting", TODAY)
    assert [n.text for n in facts.names] == ["key lattimore"] == [n.text for n in facts.unsure_names]
    digits = extract_facts(_heard("If it's five, zero, one, nine, call dispatch.", unsure=("five",)), "message", TODAY)
    assert digits.unsure_names == []
    sure = extract_facts(_heard("Hi, you've reached the office. Leave a message."), "greeting", TODAY)
    assert sure.names == [] and sure.unsure_names == []


# every name slot: the words the recogniser was unsure of there are a name heard, not a missing one
@pytest.mark.parametrize("text, unsure, heard", [
    ("You've reached not a cool chair. I'm away this week.", ("not", "a", "cool", "chair"), "not a cool"),
    ("Hi, you've reached the number for bell of frame. I don't use it.", ("bell",), "bell of frame"),
    ("Thanks for calling marrow gate. We're open nine to five.", ("marrow",), "marrow gate"),
    ("Tall pad here. Talk fast.", ("pad",), "Tall pad"),
    ("Hi, I'm trying to reach hollow brenn, about the flat. Call me.", ("hollow", "brenn"), "hollow brenn"),
])
def test_an_unsure_word_in_any_name_slot_is_a_name_heard(text, unsure, heard):
    facts = extract_facts(_heard(text, unsure=unsure), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == [heard]


# a possessive the recogniser was unsure of opens a name it wrote as common words; heard clearly, a description
@pytest.mark.parametrize("text, unsure, heard", [
    ("Hey, it's your tar. Call me back.", ("your", "tar"), "your tar"),
    ("Hi, you've reached their villa ma. Leave a message.", ("their", "villa", "ma"), "their villa ma"),
])
def test_an_unsure_possessive_opening_a_name_slot_is_a_name_heard(text, unsure, heard):
    facts = extract_facts(_heard(text, unsure=unsure), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == [heard]
    clear = extract_facts(_heard(text.replace(heard, "our office"), unsure=("office",)), "greeting", TODAY)
    assert clear.unsure_names == []


@pytest.mark.parametrize("text, unsure", [
    ("This is the building manager. Call the office.", ("manager",)),     # a description: "the", heard clearly
    ("Sorry, I'm not here. Leave a message.", ("not",)),                   # no name before "here"
    ("You've reached the mailbox for. Leave a message.", ()),             # nothing unsure
    ("I don't know if this is this recording. Call me.", ("this", "recording")),  # "this": a description
])
def test_a_slot_that_describes_or_was_heard_clearly_is_no_unsure_name(text, unsure):
    assert extract_facts(_heard(text, unsure=unsure), "greeting", TODAY).unsure_names == []


def _codes(text: str, kind: str, unsure=()):
    from greetlint.config import Settings
    from greetlint.model import Analysis
    from greetlint.rules_api import load_rules

    transcript = _heard(text, unsure)
    facts = extract_facts(transcript, kind, TODAY)
    analysis = Analysis(path="x.wav", input="audio", kind=kind, kind_source="flag", transcript=transcript, facts=facts,
                        audio=None, settings=Settings(), today=TODAY)
    found = {}
    for rule in load_rules():
        if rule.code in ("GL101", "GL103", "GL105", "GL106"):
            for f in rule.check(analysis):
                found[f.rule] = f
    return found


def test_rules_warn_about_an_unclear_number_instead_of_an_error_for_a_missing_one():
    found = _codes("Hi, it's Dana from Brightline. My number is five five, one nine one. Bye.", "message")
    assert "GL103" not in found and found["GL105"].severity == "warning"
    assert "0:" in found["GL105"].message and "one nine one" in found["GL105"].message
    assert "GL103" in _codes("Hi, it's Dana from Brightline. Call me back. Bye.", "message")


def test_rules_report_an_unsure_name_as_an_info_not_as_no_name():
    found = _codes("Hi, you've reached key lattimore. Leave a message.", "greeting", unsure=("key", "lattimore"))
    assert "GL101" not in found and found["GL106"].severity == "info"
    assert "GL101" in _codes("Hi, you've reached the office. Leave a message.", "greeting")


@pytest.mark.parametrize("text, unsure, heard", [
    # a name's first syllable written as an article or "my", itself unsure
    ("Hello, you've reached my rebel belt, claims desk. Leave a message.", ("my", "rebel"), "my rebel belt"),
    ("Hi, you've reached a veto fifty to add iron works.", ("a", "veto", "fifty"), "a veto fifty"),
])
def test_an_unsure_article_opening_a_name_slot_is_part_of_the_name_heard(text, unsure, heard):
    facts = extract_facts(_heard(text, unsure=unsure), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == [heard]
    assert "GL101" not in _codes(text, "greeting", unsure) and "GL106" in _codes(text, "greeting", unsure)


def test_a_number_split_by_a_soundalike_is_unclear_not_missing():
    # "or" heard for "oh": neither half is a number, together they are a number not understood
    text = "Is the flat still free? You can reach me at double seven seven or two four one. Okay, bye."
    facts = extract_facts(_heard(text), "message", TODAY)
    assert facts.phone_numbers == [] and len(facts.unclear_numbers) == 1
    found = _codes(text, "message")
    assert "GL105" in found and "GL103" not in found


def _heard_with(text: str, probabilities: dict[str, float]):
    """A recording's transcript of ``text``: every word 0.4 s, probability 0.95 unless given."""
    words = [(" " + w, i * 0.4, i * 0.4 + 0.35, probabilities.get(w.strip(".,!?").lower(), 0.95))
             for i, w in enumerate(text.split())]
    return from_timed_words(words)


def test_an_unsure_name_is_heard_besides_a_company():
    # the owner's name misheard as common words, then the company: both are said
    text = "You've reached the van ossel with Corbin mutual insurance. Leave a message."
    facts = extract_facts(_heard(text, unsure=("the", "van", "ossel")), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == ["van ossel"] and facts.company is not None
    # the company's own words, unsure, are no person
    firm = extract_facts(_heard("Thanks for calling Corbin mutual insurance. Leave a message.", unsure=("corbin",)),
                         "greeting", TODAY)
    assert firm.unsure_names == [] and firm.company is not None


@pytest.mark.parametrize("text, unsure", [
    ("You have reached an unmanned line at Fenwick Insurance Group. Leave a message.", ("unmanned",)),
    ("You have reached in and mended line at Fenwick Insurance Group.", ("in", "mended")),
    ("This is Obi from Ludlow Electric. If it's sparking or smoking, call nine one one.", ("sparking", "or")),
    ("Hi honey, it's Grandma. Call me when you can.", ("grandma",)),
])
def test_a_line_described_or_an_introduction_inside_a_clause_is_no_name(text, unsure):
    facts = extract_facts(_heard(text, unsure=unsure), "greeting", TODAY)
    assert facts.unsure_names == []


def test_an_article_not_heard_with_full_confidence_may_open_a_name():
    text = "Hello, you've reached a Kovrin tal. Leave a message."
    facts = extract_facts(_heard_with(text, {"a": 0.8, "kovrin": 0.3}), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == ["a Kovrin tal"]
    # the same article heard with full confidence describes; so does a common noun after it
    assert extract_facts(_heard_with(text, {"a": 0.97, "kovrin": 0.3}), "greeting", TODAY).unsure_names == []
    manager = "Hi, this is the building manager. Call the office."
    assert extract_facts(_heard_with(manager, {"the": 0.97, "manager": 0.3}), "greeting", TODAY).unsure_names == []


@pytest.mark.parametrize("text, unsure, cls", [
    # a compound the grammar reads, written by an unsure recogniser as the words it sounds like
    ("It's Zed. I honestly never listen to voice a male, so text me.", ("a",), "refusal"),
    ("Hi, it's Bo. Staff return voice emails in the order received.", ("emails",), "vague"),
    # ... or as its halves with the weak syllable heard between them a word of its own
    ("you've reached the parts counter we reply to voice and mail in the order received", ("and",), "vague"),
    ("Hey, it's Ines. I really never check voice of mails, text me instead.", ("of", "mails"), "refusal"),
])
def test_a_split_compound_heard_unsure_is_read_as_the_compound(text, unsure, cls):
    assert extract_facts(_heard(text, unsure=unsure), "greeting", TODAY).callback.cls == cls
    # heard with full confidence, the words are what was said
    assert extract_facts(_heard(text), "greeting", TODAY).callback.cls == "none"
    # a script says what it says
    assert extract_facts(from_script(text), "greeting", TODAY).callback.cls == "none"


def test_only_a_run_with_the_compounds_letters_is_respelled():
    from greetlint.facts.confidence import respelled_compounds

    assert respelled_compounds(_heard("Leave your voice and a male friend's name.", unsure=("a",))) == ()
    # "voice and email" are two things, whatever the recogniser's confidence
    assert respelled_compounds(_heard("I check my voice and email at night.", unsure=("and",))) == ()
    assert [w for _, _, w in respelled_compounds(_heard("I never check voice males.", unsure=("males",)))] == ["voicemails"]
    # the compound itself, then a word of its own
    assert respelled_compounds(_heard("The mailbox is not monitored.", unsure=("mailbox",))) == ()
    assert respelled_compounds(_heard("skip the voicemail please i rarely play them", unsure=("voicemail",))) == ()
    # already the compound's letters: nothing to respell
    assert respelled_compounds(_heard("I never check voice mails.", unsure=("mails",))) == ()


def test_words_after_a_title_in_a_name_slot_are_a_name_heard():
    text = "Hello, you have reached Deputy Clerk in moving trellis. I am out of the office."
    facts = extract_facts(_heard(text, unsure=("moving", "trellis")), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == ["Deputy Clerk in moving trellis"]
    # heard clearly after the title, the words are left to the name reader
    assert extract_facts(_heard(text), "greeting", TODAY).unsure_names == []


def test_a_name_heard_unsure_right_before_a_number_is_a_name_heard():
    text = "Yeah, this is the covet five five five, zero one nine seven. Call me."
    facts = extract_facts(_heard(text, unsure=("the", "covet")), "message", TODAY)
    assert [n.text for n in facts.unsure_names] == ["the covet"]
    # digits alone in the slot are no name
    digits = extract_facts(_heard("Hi, it's five five five, zero one nine seven.", unsure=("five",)), "message", TODAY)
    assert digits.unsure_names == []


@pytest.mark.parametrize("text, probabilities, heard", [
    # a name the recogniser spelt in capitals, unsure: no acronym of a company
    ("Hi, this is the LORKA with Fenmoor Glass. Call me back.", {"the": 0.2, "lorka": 0.35}, "the LORKA"),
    ("This is JV from Tallow Creek Electric. Leave a message.", {"jv": 0.3}, "JV"),
    # "<name> with <company>", read by the company reader as one clause: the name is before the link word
    ("You've reached the Rina Voss with Harrowgate Mutual Insurance. I'm away.", {"the": 0.8, "rina": 0.1, "voss": 0.4},
     "Rina Voss"),
])
def test_a_name_the_company_reader_took_is_a_name_heard(text, probabilities, heard):
    facts = extract_facts(_heard_with(text, probabilities), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] and heard in facts.unsure_names[0].text
    assert facts.company is None or heard not in facts.company.text


def test_capitals_heard_clearly_stay_an_acronym_and_a_business_word_keeps_the_company():
    assert extract_facts(_heard_with("This is IBM. Leave a message.", {}), "greeting", TODAY).unsure_names == []
    firm = extract_facts(_heard_with("Thanks for calling Corbin mutual insurance. Leave a message.", {"corbin": 0.2}),
                         "greeting", TODAY)
    assert firm.unsure_names == [] and firm.company is not None


@pytest.mark.parametrize("text, probabilities, content", [
    ("Hello, this is an automated reminder from Larch Pharmacy.", {"an": 0.4}, "automated"),
    ("You have reached for a very friendly crew. Leave a message.", {"for": 0.2, "a": 0.56}, "very"),
])
def test_an_unsure_function_word_then_words_heard_clearly_describe(text, probabilities, content):
    assert extract_facts(_heard_with(text, probabilities), "greeting", TODAY).unsure_names == []
    # the same slot with a word after the function word heard unsure is a name misheard
    unsure = dict(probabilities, **{content: 0.3})
    assert extract_facts(_heard_with(text, unsure), "greeting", TODAY).unsure_names != []


@pytest.mark.parametrize("text, probabilities", [
    # the law offices of partners: a firm, whose name is people's
    ("You have reached the law offices of cantor Vail, Mensing and Roe.", {"cantor": 0.3}),
    # "we are with clients": where the people are, after a company opener
    ("You've reached Juniper Nail Studio. We are with clients right now.", {"clients": 0.3}),
    # a word that is never a name, heard clearly, running on with no full stop heard
    ("Hi sweetie, it's dad call me back when you can.", {"call": 0.3}),
])
def test_a_slot_that_names_a_firm_a_place_or_a_relative_is_no_unsure_name(text, probabilities):
    assert extract_facts(_heard_with(text, probabilities), "greeting", TODAY).unsure_names == []


def test_a_name_misheard_as_words_that_are_never_names_is_still_heard():
    facts = extract_facts(_heard_with("Hey, it's all you. I'm outside the cafe.", {"all": 0.2, "you": 0.3}), "message", TODAY)
    assert [n.text for n in facts.unsure_names] == ["all you"]


def test_a_form_of_address_the_recogniser_capitalised_is_no_name():
    facts = extract_facts(_heard_with("Hey, Kiddo, it's Dad. Dinner is at six. Okay, bye.", {}), "message", TODAY)
    assert facts.names == []


def test_an_opening_heard_unsure_is_no_evidence_of_no_name():
    # the introduction itself misheard ("you've got <name>" as "I've got ..."): no cue, so no name slot
    text = "I've got marrowvine tessik. Leave your number and I'll call you back."
    found = _codes(text, "greeting", unsure=("marrowvine", "tessik"))
    assert "GL101" not in found and found["GL106"].severity == "info" and "tessik" in found["GL106"].message
    # the same opening heard clearly says no name: GL101 as before; unsure common words are no name misheard
    assert "GL101" in _codes(text, "greeting") and "GL106" not in _codes(text, "greeting")
    assert "GL101" in _codes("Hi, you know what to do. Leave a message.", "greeting", unsure=("hi", "what"))
    # further on, an unsure word is no opening
    late = "Hi, leave a message after the tone. I will call back. The marrowvine is blooming."
    assert "GL101" in _codes(late, "greeting", unsure=("marrowvine",))


def test_a_slot_ending_in_a_role_describes_unless_a_name_follows():
    text = "You've reached the county permit clerk for the town of Aldermoor. Leave a message."
    assert extract_facts(_heard_with(text, {"permit": 0.2}), "greeting", TODAY).unsure_names == []
    named = "You've reached the harbour nurse Inga Tell. Leave a message."
    assert extract_facts(_heard_with(named, {"harbour": 0.2}), "greeting", TODAY).names != []


def test_a_name_after_the_article_it_was_heard_with_is_a_name_not_a_company():
    # a name's first syllable heard as "the": the rest written as a name, not with full confidence
    text = "Hi, you've reached the Velko. This phone is broken, leave a message."
    facts = extract_facts(_heard_with(text, {"velko": 0.6, "the": 0.8}), "greeting", TODAY)
    assert [n.text for n in facts.names] == ["Velko"] and facts.company is None
    # heard with full confidence, or a business word, or a common word: the company stays
    sure = extract_facts(_heard_with(text, {"the": 0.8}), "greeting", TODAY)
    assert sure.names == [] and sure.company is not None
    for said in ("Hi, you've reached the Bakery. Leave a message.", "Hi, you've reached the Office. Leave a message."):
        heard = extract_facts(_heard_with(said, {"bakery": 0.6, "office": 0.6}), "greeting", TODAY)
        assert heard.unsure_names == []


def test_an_unsure_slot_that_runs_on_into_a_business_word_is_the_business():
    said = "Thank you for calling for a rezzin ashby law. Leave a message."
    assert extract_facts(_heard(said, unsure=("for", "a", "rezzin", "ashby")), "greeting", TODAY).unsure_names == []
    # the same unsure words ending their clause are a name heard
    named = "Thank you for calling for a rezzin ashby. Leave a message."
    assert extract_facts(_heard(named, unsure=("for", "a", "rezzin", "ashby")), "greeting", TODAY).unsure_names != []


def test_a_compound_said_in_two_words_then_a_word_of_its_own_is_not_respelled_with_it():
    from greetlint.facts.confidence import respelled_compounds

    heard = _heard("Sorry, this voice mail box is not checked.", unsure=("voice", "mail"))
    assert [w for _, _, w in respelled_compounds(heard)] != ["mailboxes"]
    assert extract_facts(heard, "greeting", TODAY).callback.cls == "refusal"


@pytest.mark.parametrize("text, heard", [
    ("Hey, it's yours. Please don't leave a voicemail, text me.", "yours"),
    ("Hi, you've reached him. Leave a message and I'll call you back.", "him"),
    ("Hi, you've reached you, and Femi. We're not in, leave a message.", "you"),
])
def test_a_pronoun_alone_after_an_introduction_heard_unsure_is_a_name_heard(text, heard):
    facts = extract_facts(_heard_with(text, {heard: 0.4}), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == [heard]
    # heard with full confidence, or running on into more words, it is no name
    assert extract_facts(_heard_with(text, {}), "greeting", TODAY).unsure_names == []
    assert extract_facts(_heard_with("Hi, you've reached her voicemail. Leave a message.", {"her": 0.4}),
                         "greeting", TODAY).unsure_names == []


def test_an_unsure_name_before_a_department_after_an_introduction_is_a_name_heard():
    said = "Hello, you have reached a kovra tennis product marketing at Lumen Software. I am away."
    assert extract_facts(_heard(said, unsure=("a", "kovra", "tennis")), "greeting", TODAY).unsure_names != []


def test_unsure_words_after_a_role_are_a_name_heard():
    text = "For billing, press two. For our agent lucid a ferrol, dial extension three three zero seven."
    facts = extract_facts(_heard(text, unsure=("lucid", "ferrol")), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == ["lucid a ferrol"]
    # heard clearly, the words after the role are what was said
    assert extract_facts(_heard("Leave a message and our agent will call you back.", unsure=()), "greeting", TODAY).unsure_names == []


@pytest.mark.parametrize("text, probabilities, heard", [
    # the article half-sure, then a name the recogniser spelt as no word it knows, the whole clause
    ("Hi, this is a jun jun talvenko. Sorry, I'm not around right now.", {"a": 0.65, "jun": 0.8, "talvenko": 0.6},
     "a jun jun talvenko"),
    ("Text me later tonight, it's a brevo.", {"a": 0.8, "brevo": 0.6}, "a brevo"),
])
def test_a_name_spelt_as_no_known_word_after_a_half_sure_article_is_a_name_heard(text, probabilities, heard):
    facts = extract_facts(_heard_with(text, probabilities), "greeting", TODAY)
    assert [n.text for n in facts.unsure_names] == [heard]


@pytest.mark.parametrize("text, probabilities", [
    # the clause goes on with function words: a description, whatever the recogniser spelt
    ("Hello, this is an effort to settle a balance with Norvale Services.", {"an": 0.7, "effort": 0.8, "settle": 0.8}),
    ("Hi, this is a reminder call about your visit.", {"a": 0.7, "reminder": 0.8}),
    # the article heard with full confidence describes
    ("Hi, this is a talvenko.", {"talvenko": 0.6}),
])
def test_a_clause_that_describes_or_an_article_heard_clearly_is_no_spelt_name(text, probabilities):
    facts = extract_facts(_heard_with(text, probabilities), "greeting", TODAY)
    assert facts.unsure_names == [] or facts.unsure_names == ()


# review12 A9: a description after "this is a" says words the recogniser knows; one among them makes the clause
# no spelt name, however unsure it was heard (fails on 8feb038)
@pytest.mark.parametrize("text", [
    "Hi, this is a courteous reminder. Your glasses are ready. Call us at 555-201-3344.",
    "Hello, this is a quick nudge. The gym closes early on Sunday. Call 555-201-3344.",
    "Hi, this is a friendly followup. Your order shipped. Call 555-201-3344.",
])
def test_a_description_heard_unsure_after_this_is_a_is_no_spelt_name(text):
    probabilities = {w.strip(".,!?").lower(): 0.8 for w in text.split()}
    facts = extract_facts(_heard_with(text, probabilities), "message", TODAY)
    assert facts.unsure_names == [] or facts.unsure_names == ()


@pytest.mark.parametrize("text, probabilities, heard", [
    # a name misheard as a word that is never a name, heard unsure, then where the person works
    ("Hi, this is what with Copper Kettle Catering. We're closed today.", {"what": 0.1}, ["what"]),
    ("Hello, it's so at Larkmoor Glass, returning your call.", {"so": 0.25}, ["so"]),
    # heard clearly, or with no workplace after it: a word that describes
    ("Hi, this is what with Copper Kettle Catering. We're closed today.", {}, []),
    ("Hi sweetie, it's grandma. Call me back.", {"grandma": 0.4}, []),
])
def test_a_never_name_word_heard_unsure_before_a_workplace_is_a_name_heard(text, probabilities, heard):
    facts = extract_facts(_heard_with(text, probabilities), "message", TODAY)
    assert [n.text for n in facts.unsure_names] == heard

def test_a_soundalike_the_repeat_confirms_is_its_digit_and_an_unconfirmed_one_no_guess():
    # said twice, the first saying with "a" where the second says "oh": the number, once
    facts = extract_facts(_heard("Hi, it's Lou. Ring me at, a four one seven two two two a nine one three "
                                 "four one seven two two two oh nine one three. Bye."), "message", TODAY)
    assert [n.digits for n in facts.phone_numbers] == ["4172220913"]
    # said once: "a" may be oh or eight; no digit is made up for it, nor one added to a row to fill
    # the seven digits before it: the number is unclear
    facts = extract_facts(_heard("Hi, it's Lou. Ring me at four one seven two two two a nine one three. Bye."),
                          "message", TODAY)
    assert facts.phone_numbers == [] and len(facts.unclear_numbers) == 1


def test_and_then_between_digit_groups_goes_on_with_the_number():
    facts = extract_facts(_heard("Hi, it's Lou. The shop is four one seven, two two two, and then oh nine one three."),
                          "message", TODAY)
    assert [n.digits for n in facts.phone_numbers] == ["4172220913"]
    # a soundalike after "and then": unclear, not missing
    facts = extract_facts(_heard("Hi, it's Lou. The shop is four one seven, two two two, and then a nine one three."),
                          "message", TODAY)
    assert facts.phone_numbers == [] and len(facts.unclear_numbers) == 1
    # a digit lost before "and then": nine digits, no number, but a number was given: unclear, not missing
    facts = extract_facts(_heard("Hi, it's Lou. The shop is four one, two two two, and then oh nine one three."),
                          "message", TODAY)
    assert facts.phone_numbers == [] and len(facts.unclear_numbers) == 1


def test_or_for_after_a_number_heard_as_four_four_is_no_digit():
    facts = extract_facts(_heard("Please call the desk at four one seven two two two oh nine one three four four "
                                 "billing questions. Bye."), "message", TODAY)
    assert [n.digits for n in facts.phone_numbers] == ["4172220913"]


def test_a_number_a_digit_short_before_a_soundalike_is_unclear_not_mended():
    # the digit it lacks may be the "for" heard after it: no digit is added to its row of fives
    facts = extract_facts(_heard("To move it, call five five five oh one one for to reschedule. Thanks."),
                          "message", TODAY)
    assert facts.phone_numbers == [] and len(facts.unclear_numbers) == 1


def test_a_row_of_one_word_where_a_number_is_given_is_an_unclear_number():
    # a row of a digit the recogniser wrote as a word it could not place: heard, not understood
    facts = extract_facts(_heard("Hi, it's Lou. My number is dime, dime, dime, dime, dime. Bye now."), "message", TODAY)
    assert facts.phone_numbers == [] and len(facts.unclear_numbers) == 1
    # words people do say over and over, and a row with no number given, are no number
    for text in ("Hi, it's Lou. Call me back. Bye, bye, bye.", "Hi, it's Lou. We had fun, fun, fun at the lake."):
        assert extract_facts(_heard(text), "message", TODAY).unclear_numbers == []


@pytest.mark.parametrize("text, unsure, kind", [
    # a relative calling, no full stop heard after the word they go by
    ("hey sweetie it's dad just wanted to check in call me back", ("just", "wanted"), "message"),
    ("Hey kiddo, it's Dad not urgent, just checking in.", ("not", "urgent"), "message"),
    ("You've reached nana and grandad's, leave a message and we'll call back.", ("nana", "grandad's"), "greeting"),
])
def test_an_unsure_slot_opening_with_what_family_call_each_other_is_no_name(text, unsure, kind):
    assert extract_facts(_heard(text, unsure=unsure), kind, TODAY).names == []


def test_an_unsure_slot_followed_by_a_business_word_in_lower_case_is_the_business():
    for said in ("You've reached copper~ hollow, animal clinic. We are closed.",
                 "Thanks for calling quiet~ pine lumber, and hardware. Leave a message."):
        text = said.replace("~", "")
        facts = extract_facts(_heard(text, unsure=("copper", "hollow", "quiet", "pine", "lumber")), "greeting", TODAY)
        assert facts.names == [], said
    # a name heard unsure, then who else is there or where they work (capitalised): still a name heard
    for said in ("You've reached Oru Tembe, and Lise. Leave a message.",
                 "You've reached oru tembe, Quillfeather Dental. Leave a message."):
        facts = extract_facts(_heard(said, unsure=("oru", "tembe")), "greeting", TODAY)
        assert facts.names != [], said


def test_an_unsure_slot_after_reached_that_runs_on_into_a_business_word_is_the_business():
    unsure = ("for", "a", "dell")
    said = "You've reached for a dell animal clinic. We are closed for the evening."
    assert extract_facts(_heard(said, unsure=unsure), "greeting", TODAY).names == []
    # a department after the person, or "this is" (a person speaking, the business right after the name)
    for named in ("You've reached for a dell marketing. Leave a message.",
                  "Hi, this is for a dell animal clinic. Leave a message."):
        assert extract_facts(_heard(named, unsure=unsure), "greeting", TODAY).names != [], named


# review13 F4: a name heard unsure, then a comma and the team or trade the person works in (lower case): still
# the person (fails on 4a75f80)
@pytest.mark.parametrize("said", [
    "you've reached june marsh, accounting. leave a message",
    "you've reached june marsh, insurance. leave a message",
    "you've reached june marsh, insurance agent with lakeside mutual. leave a message",
])
def test_an_unsure_name_then_a_comma_and_a_department_or_trade_is_still_a_name(said):
    facts = extract_facts(_heard(said, unsure=("june", "marsh")), "greeting", TODAY)
    assert [n.text for n in facts.names] == ["june marsh"], said


# review13 F7: "the" between two halves is no weak syllable of a compound (fails on 4a75f80)
def test_the_article_between_two_halves_is_no_compound():
    from greetlint.facts.confidence import respelled_compounds
    assert respelled_compounds(_heard("Hi, it's Lou. Please mail the box to my office.", unsure=("the",))) == ()


@pytest.mark.parametrize("text, fires", [
    # the introduction's slot holds the speaker's name; one common word there is the name heard as another word
    ("Hi, it's when from the front desk downstairs. There's a package for you.", False),
    # a pronoun, an adverb or a kin word in the slot is no name: nothing holds GL101 back
    ("Hi, it's me from the office. There's a package for you.", True),
    ("Hi, it's just from the front desk. There's a package for you.", True),
    ("It's Mom from home, your package is here.", True),
])
def test_a_common_word_in_the_introductions_name_slot_is_a_name_heard(text, fires):
    codes = _codes(text, "message")
    assert ("GL101" in codes) == fires and ("GL106" in codes) != fires
