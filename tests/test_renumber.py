"""Number stretches heard again with a number-only vocabulary (greetlint.renumber)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from greetlint import renumber
from greetlint.renumber import Job, find_stretches


def _words(text: str) -> list[str]:
    return [" " + w for w in text.split()]


def _said(text: str, stretch) -> str:
    return " ".join(text.split()[stretch.start:stretch.end])


def test_a_digit_run_with_soundalikes_inside_is_one_stretch():
    text = "Please call me at two oh six, five five five, oh one for two. Thanks."
    (stretch,) = find_stretches(_words(text))
    assert _said(text, stretch).startswith("two") and "for" in _said(text, stretch)
    assert stretch.cue == "phone"


def test_a_soundalike_before_the_first_digit_belongs_to_the_number():
    (stretch,) = find_stretches(_words("My number is to oh six five five five oh one four two"))
    assert _said("My number is to oh six five five five oh one four two", stretch).split()[0] == "to"


def test_a_soundalike_after_a_stretch_one_digit_short_belongs_to_the_number():
    text = "Please call me at five five five, zero one six for at any time."
    (stretch,) = find_stretches(_words(text))
    assert _said(text, stretch).split()[-1] == "for"
    assert renumber.candidate_texts(_said(text, stretch), "phone")[0].split()[-1] == "four"
    # a soundalike that leads into the next words is no digit ("... to book"), nor one after a whole number
    text = "Please call me at five five five, zero one two to book a time."
    (stretch,) = find_stretches(_words(text))
    assert _said(text, stretch).split()[-1] == "two"
    text = "Please call me at five five five, zero one two three for more hours."
    (stretch,) = find_stretches(_words(text))
    assert _said(text, stretch).split()[-1] == "three"


def test_go_inside_a_digit_run_may_be_heard_as_oh():
    readings = renumber.candidate_texts("five five five go one seven nine", "phone")
    assert "five five five oh one seven nine" in readings


def test_times_and_counts_are_no_stretch_without_a_cue():
    assert find_stretches(_words("We are open nine to five, Monday to Friday, for two weeks.")) == []
    # a single number word after a cue is a stretch (a skipped or misheard number starts there)
    (stretch,) = find_stretches(_words("Reach me at extension two one four."))
    assert stretch.cue == "extension"


def test_an_extension_cue_ends_a_number():
    text = "call one eight hundred five five five zero one nine nine extension two one four"
    stretches = find_stretches(_words(text))
    assert [_said(text, s).split()[-1] for s in stretches] == ["nine", "four"]


def test_a_well_formed_number_then_other_words_is_not_heard_again():
    """The first pass was sure of the number; the words after it ("between nine and five") are no number."""
    def number_then_words(text):
        words = _words(text)
        (stretch,) = find_stretches(words)
        return renumber._number_then_words(words[stretch.start:stretch.end], stretch.cue)

    assert number_then_words("call two oh six five five five oh one four two between nine and five")
    # a soundalike after the digits may be the number's next digit: heard again
    assert not number_then_words("call two oh six five five five oh one four to oh six")
    # digits that do not read as a phone number: heard again
    assert not number_then_words("call two oh six five five five oh one between nine and five")
    # what follows says another number: heard again
    assert not number_then_words("call two oh six five five five oh one four two apartment three four five six")


class _FakeTokenizer:
    """Whitespace 'tokens': enough for choose(), which only decodes."""

    def __init__(self):
        self.vocab: list[str] = []

    def ids(self, text: str) -> list[int]:
        out = []
        for w in text.split():
            if " " + w not in self.vocab:
                self.vocab.append(" " + w)
            out.append(self.vocab.index(" " + w))
        return out

    def decode(self, ids) -> str:
        return "".join(self.vocab[i] for i in ids)


def _job(tok, first: str, hypotheses: list[tuple[str, float]], cue="phone") -> Job:
    tokens = tok.ids(first)
    job = Job(0, tokens, 0, len(tokens), cue)
    job.hypotheses = [(tok.ids(h), s) for h, s in hypotheses]
    return job


def test_a_homophone_in_a_number_is_replaced_by_a_well_formed_hearing():
    tok = _FakeTokenizer()
    job = _job(tok, "two oh six five five five oh one for two",
               [("two oh six five five five oh one four two", -0.2), ("two oh six five five five oh one four", -0.25)])
    assert tok.decode(renumber.choose(tok, job)).split()[-2:] == ["four", "two"]


def test_a_clean_first_hearing_is_kept_and_a_hearing_that_reads_as_no_number_is_refused():
    tok = _FakeTokenizer()
    clean = _job(tok, "two oh six five five five oh one four two", [("two oh six five five five oh one", -0.1)])
    assert renumber.choose(tok, clean) is None
    time_said = _job(tok, "eight thirty to six", [("eight thirty two six", -0.1)], cue=None)
    assert renumber.choose(tok, time_said) is None  # a time stays a time
    losing = _job(tok, "two oh six five five five oh one for two", [("five five five oh one", -0.1)])
    assert renumber.choose(tok, losing) is None  # never fewer digits than were heard


def test_a_hearing_far_below_the_best_is_not_chosen_for_its_shape():
    tok = _FakeTokenizer()
    job = _job(tok, "two oh six five five for oh one four two",
               [("two oh six five five four oh one four two two", -0.1),
                ("two oh six five five four oh one four two", -0.1 - 2 * renumber.SHAPE_MARGIN)])
    assert renumber.choose(tok, job) is None


def test_or_after_a_group_of_three_digits_stays_inside_the_stretch():
    text = "You can reach me at double seven seven or two four one. Bye."
    (stretch,) = find_stretches(_words(text))
    assert "or" in _said(text, stretch).split() and _said(text, stretch).split()[-1].startswith("one")
    # "press one or two": a choice between options, not a digit
    text = "For sales press one or two for billing."
    assert all("or" not in _said(text, s).split() for s in find_stretches(_words(text)))


def test_hyphen_joined_digits_with_an_o_are_a_stretch():
    text = "Call me at six-o-two-four-four-one-nine now."
    (stretch,) = find_stretches(_words(text))
    assert _said(text, stretch).startswith("six-o-two")


def test_candidate_readings_swap_soundalikes_and_mend_rows_only():
    readings = renumber.candidate_texts("double seven seven or two four one", "phone")
    assert readings == ["double seven seven oh two four one"]
    readings = renumber.candidate_texts("four four five five five zero one eight eight", "phone")
    # a digit added to a row of equal digits (444, 5555, 888), never a digit from nowhere
    assert "four four four five five five zero one eight eight" in readings
    assert all(set(r.split()) <= {"four", "five", "zero", "one", "eight"} for r in readings)
    # a stretch no such change turns into a number has no candidates
    assert renumber.candidate_texts("seven one four two", "phone") == []


def _candidate_job(tok, first_likelihood, candidates):
    job = _job(tok, "double seven seven or two four one", [("double seven seven two four one", -0.1)])
    job.first_likelihood = first_likelihood
    job.candidates = [(tok.ids(text), lk) for text, lk in candidates]
    job.candidate_digits = [renumber._digits(text) for text, _ in candidates]
    return job


def test_a_candidate_reading_is_taken_only_when_the_audio_supports_it():
    tok = _FakeTokenizer()
    supported = _candidate_job(tok, -10.0, [("double seven seven oh two four one", -10.0 - renumber.CANDIDATE_MARGIN + 1)])
    assert tok.decode(renumber.choose(tok, supported)).split()[3] == "oh"
    unsupported = _candidate_job(tok, -10.0, [("double seven seven oh two four one", -10.0 - renumber.CANDIDATE_MARGIN - 1)])
    assert renumber.choose(tok, unsupported) is None
    # two readings with other digits the audio tells apart too little: neither
    tied = _candidate_job(tok, -10.0, [("double seven seven oh two four one", -11.0),
                                       ("double seven seven eight two four one", -11.0 - renumber.CANDIDATE_LEAD / 2)])
    assert renumber.choose(tok, tied) is None


def test_an_area_code_said_after_a_number_ends_the_numbers_stretch():
    text = "Call me at five five five, oh one four two, area code seven hundred twenty. Thanks."
    stretches = find_stretches(_words(text))
    assert "area" not in " ".join(_said(text, s) for s in stretches).split()
    assert renumber._digits(_said(text, stretches[0])) == "5550142"


def test_a_re_hearing_with_other_digits_than_a_well_formed_first_hearing_is_weighed_on_the_audio():
    tok = _FakeTokenizer()
    first = "five five five, oh one four two, in two oh seven"
    rehearing = "two oh seven, five five five, oh one four two"  # a ten-digit number: other digits

    def job(first_lk=None, pick_lk=None):
        j = _job(tok, first, [(rehearing, -0.1)])
        j.first_likelihood, j.pick_likelihood = first_lk, pick_lk
        return j

    assert renumber._shape(rehearing, "phone") == 2 and renumber._first_number(tok, job()) == "5550142"
    assert renumber.choose(tok, job()) is None  # unweighed: the first hearing stands
    assert renumber.choose(tok, job(-20.0, -20.0 + renumber.PICK_GAIN / 2)) is None
    assert renumber._digits(tok.decode(renumber.choose(tok, job(-20.0, -20.0 + renumber.PICK_GAIN * 2)))) == "2075550142"
    # a first hearing that holds no well-formed number is replaced as before, unweighed
    homophone = _job(tok, "two oh six five five five oh one for two",
                     [("two oh six five five five oh one four two", -0.2)])
    assert renumber._first_number(tok, homophone) is None and renumber.choose(tok, homophone) is not None
    # a said "dash" heard as a digit after a cardinal group reads seven digits, but is no sure hearing: not weighed
    dash = _job(tok, "four hundred twelve, nine, eight, three, six. and then",
                [("four hundred twelve, eight, three, six, one.", -0.2)])
    assert renumber._first_number(tok, dash) is None and renumber.choose(tok, dash) is not None
    # seven digits, then a soundalike of a digit: the first pass was not sure where the number ends,
    # so its opening digits are no sure number and the re-hearing that puts the digit back is taken unweighed
    ten = _job(tok, "two oh six five five five oh for one four",
               [("two oh six five five five oh four one four", -0.2)])
    assert renumber._first_number(tok, ten) is None
    assert renumber._digits(tok.decode(renumber.choose(tok, ten))) == "2065550414"


@pytest.fixture(scope="module")
def model():
    from greetlint.transcribe import Transcriber

    t = Transcriber()
    t.load()
    return t


def test_the_allowed_tokens_come_from_the_models_own_tokenizer(model):
    tokenizer = model.load().hf_tokenizer
    allowed = renumber.number_token_ids(tokenizer)
    for word in (" five", " Five", " oh", " hundred", " double", ",", "."):
        assert set(tokenizer.encode(word, add_special_tokens=False).ids) <= allowed
    for word in (" to", " for", " Thanks", "-"):
        assert not set(tokenizer.encode(word, add_special_tokens=False).ids) <= allowed
    eot = tokenizer.token_to_id("<|endoftext|>")
    assert eot in renumber.suppress_list(tokenizer, frozenset())
    assert eot not in renumber.suppress_list(tokenizer, frozenset({eot}))


VOICES = {
    "flite-kal": ["flite", "-voice", "kal", "-f", "{txt}", "-o", "{wav}"],
    "espeak-en-us": ["espeak-ng", "-v", "en-us", "-f", "{txt}", "-w", "{wav}"],
    "festival-slt": ["text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", "{txt}", "-o", "{wav}"],
    "festival-kal": ["text2wave", "-eval", "(voice_kal_diphone)", "{txt}", "-o", "{wav}"],
}


def _render(voice: str, text: str, folder: Path, wideband: bool = False) -> Path:
    cmd = VOICES[voice]
    if not shutil.which(cmd[0]) or not shutil.which("sox"):
        pytest.skip(f"{cmd[0]} and sox are needed")
    txt, raw, out = folder / f"{voice}.txt", folder / f"{voice}.raw.wav", folder / f"{voice}.wav"
    txt.write_text(text)
    subprocess.run([part.format(txt=txt, wav=raw) for part in cmd], check=True, capture_output=True)
    narrow = [] if wideband else ["-e", "u-law"]
    subprocess.run(["sox", "-R", str(raw), "-r", "16000" if wideband else "8000", "-c", "1", *narrow, str(out),
                    *([] if wideband else ["sinc", "300-3400"])], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("voice", ["flite-kal", "espeak-en-us", "festival-slt"])
def test_a_message_number_is_a_fact_in_several_voices(voice, tmp_path, model):
    """Facts, not words: the number is read (or, at worst, reported unclear), never 'no number'."""
    from greetlint.audio import decode
    from greetlint.batching import BatchTranscriber
    from greetlint.facts import extract_facts
    from greetlint.transcript import from_timed_words
    import datetime

    wav = _render(voice, "Hi, this is Dana from Brightline. Please call me back at four two five, eight eight "
                         "eight, two two one four. Thanks, bye.", tmp_path)
    asr = BatchTranscriber(model).transcribe_many([decode(str(wav)).samples])[0]
    facts = extract_facts(from_timed_words(asr.words), "message", datetime.date(2026, 11, 30))
    heard = [n.digits[-10:] for n in facts.phone_numbers]
    assert "4258882214" in heard or facts.unclear_numbers, (voice, heard)
    assert all(n.confidence is not None and 0.0 <= n.confidence <= 1.0 for n in facts.phone_numbers)
    assert facts.names or facts.company


def test_seven_digits_opening_with_a_toll_free_prefix_are_no_local_number():
    assert renumber._shape("eight zero zero five five five five", "phone") == 1
    assert renumber._shape("eight two zero five five five five", "phone") == 2


# -- numbers weighed again on a clip of their own -------------------------------------------------

def test_a_row_of_four_equal_digits_may_be_a_row_of_three_and_an_oh():
    readings = renumber.clip_readings("five five five five one eight three", "phone")
    assert "five five five oh one eight three" in readings
    # a row of three is a row of three: no "oh" is made from it
    assert all("oh" not in r.split() for r in renumber.clip_readings("five five five two one eight three", "phone"))


def test_an_oh_dropped_where_a_group_starts_is_a_reading_that_must_earn_its_digit():
    readings = renumber.clip_readings("five five five three four eight", "phone")
    assert "five five five oh three four eight" in readings
    heard, oh = "five five five three four eight", "five five five oh three four eight"
    # one digit more than was heard: taken only where the clip scores it at least as high as the hearing
    assert renumber.choose_clip(_clip_job(heard, {heard: -7.0, oh: -6.5})) == 1
    assert renumber.choose_clip(_clip_job(heard, {heard: -7.0, oh: -8.0})) is None


@pytest.mark.parametrize("heard, reading", [
    # a soundalike put back and the dropped "oh" together
    ("three or one five five five two seven four", "three oh one five five five oh two seven four"),
    # cardinals and "double" in the stretch: the "oh" still goes where the line number starts
    ("one eight hundred five five five two six one", "one eight hundred five five five oh two six one"),
    ("four one two five five five one double seven", "four one two five five five oh one double seven"),
])
def test_an_oh_dropped_before_the_line_number_is_a_reading_with_soundalikes_and_cardinals(heard, reading):
    assert reading in renumber.clip_readings(heard, "phone")


def test_no_oh_is_made_inside_a_cardinal_or_where_no_group_starts():
    # the digits before the "oh" must end a group: never inside "eight hundred", never an exchange opening with 0
    readings = renumber.clip_readings("eight hundred two five five one two three", "phone")
    assert all(_digits(r)[3:4] != "0" for r in readings if "oh" in r.split())
    assert renumber.clip_readings("four one two five five five oh one two three", "phone") == []


def _digits(text):
    return renumber._digits(text)


def _clip_job(first: str, scored: dict[str, float], cue="phone") -> renumber.ClipJob:
    readings = [first] + [r for r in scored if r != first]
    job = renumber.ClipJob(0, 0, len(first.split()), "", "", 0.0, 1.0, readings, cue)
    job.scores = [scored[r] for r in readings]
    job.word_probs = [[0.9] * len(r.split()) for r in readings]
    return job


def test_a_clip_replaces_a_well_formed_hearing_only_by_a_clear_lead():
    heard, oh = "five five five five one eight three", "five five five oh one eight three"
    assert renumber.choose_clip(_clip_job(heard, {heard: -20.0, oh: -20.0 + 2 * renumber.CLIP_GAIN})) == 1
    assert renumber.choose_clip(_clip_job(heard, {heard: -20.0, oh: -20.0 + renumber.CLIP_GAIN / 2})) is None
    assert renumber.choose_clip(_clip_job(heard, {heard: -20.0, oh: -25.0})) is None


def test_a_number_said_twice_is_weighed_on_both_clips_together():
    heard, oh = "five five five five one eight three", "five five five oh one eight three"
    # each clip alone leans to "oh" too little to change its hearing; together they lead clearly
    a = _clip_job(heard, {heard: -20.0, oh: -20.0 + 0.6 * renumber.CLIP_GAIN})
    b = _clip_job(heard, {heard: -15.0, oh: -15.0 + 0.6 * renumber.CLIP_GAIN})
    a.partner, b.partner = 1, 0
    assert renumber.decide([a, b]) == {0: 1, 1: 1}
    a.partner = b.partner = None
    assert renumber.decide([a, b]) == {0: None, 1: None}


def test_two_numbers_with_their_own_cues_are_not_weighed_together():
    def job(text):
        return renumber.ClipJob(0, 0, 1, "", "", 0.0, 1.0, [text], "phone")

    one, other = job("five five five oh one eight three"), job("five five five oh one eight two")
    assert renumber._said_again(one, other, " Again, that's")
    assert renumber._said_again(one, other, ".")
    assert not renumber._said_again(one, other, " and her cell is")
    # numbers of one exchange two digits apart, with words between that do not say it again: two numbers
    assert not renumber._said_again(one, job("five five five oh one two nine"), ". After five, the service takes calls at")
    assert renumber._said_again(one, job("five five five oh one two nine"), ". That's")
    assert not renumber._said_again(one, job("two one two five five five oh one seven one"), ".")


def test_plan_clips_pairs_a_number_said_twice_and_skips_clean_ones():
    from greetlint.transcribe import AsrResult

    def timed(text):
        return [(" " + w, 0.3 * k, 0.3 * k + 0.25, 0.9) for k, w in enumerate(text.split())]

    said_twice = AsrResult(words=timed("Call me at five five five five, one eight three. Again, that's five five five "
                                       "oh one eight three. Bye."))
    clean = AsrResult(words=timed("Call me at two one two, five five five, oh one seven one. Bye."))
    jobs = renumber.plan_clips([said_twice, clean])
    assert {job.file for job in jobs} == {0}
    assert len(jobs) == 2 and jobs[0].partner == 1 and jobs[1].partner == 0
    # each clip scores the other's hearing too, and no number words of the first go into the second's clip
    assert "five five five oh one eight three" in jobs[0].readings
    assert "five" not in jobs[1].before


@pytest.mark.parametrize("voice", ["festival-slt", "festival-kal"])
def test_oh_after_a_row_of_fives_is_read_in_a_number_said_twice(voice, tmp_path, model):
    """Facts, not words: the number said twice is read with its oh, never with a fourth five."""
    from greetlint.audio import decode
    from greetlint.batching import BatchTranscriber
    from greetlint.facts import extract_facts
    from greetlint.transcript import from_timed_words
    import datetime

    wav = _render(voice, "Hi, it's Dana from the garden club. You can reach me at five five five, oh one eight "
                         "three. Again, that's five five five, oh one eight three. Thanks.", tmp_path, wideband=True)
    asr = BatchTranscriber(model).transcribe_many([decode(str(wav)).samples])[0]
    facts = extract_facts(from_timed_words(asr.words), "message", datetime.date(2026, 11, 30))
    assert [n.digits for n in facts.phone_numbers] == ["5550183"], (voice, " ".join(w for w, *_ in asr.words))


def test_a_hypothesis_that_forces_the_next_word_into_a_closing_oh_is_no_number():
    # the reader of phone numbers drops a lone "Oh." said after a number; the second hearing must not:
    # a constrained hypothesis that turned the next word ("No, sorry") into "Oh" stays too long
    assert renumber._shape("four two five five five five zero one four nine. Oh", "phone") < 2
    assert renumber._shape("four two five five five five zero one four nine.", "phone") == 2


def test_a_closing_oh_one_digit_short_of_a_number_is_weighed_back_inside_it():
    from greetlint.transcribe import AsrResult

    def timed(text):
        return [(" " + w, 0.3 * k, 0.3 * k + 0.25, 0.9) for k, w in enumerate(text.split())]

    # the recogniser heard the "oh" but wrote it after the number: the clip weighs it where a group starts
    heard = AsrResult(words=timed("Call me when you can at five, five, five, one, six, one. Oh. Bye."))
    jobs = renumber.plan_clips([heard])
    assert len(jobs) == 1 and "five five five oh one six one" in jobs[0].readings
    # a lone "Oh." after a whole number, or an "oh" inside the sentence, is nothing to move
    whole = AsrResult(words=timed("Call me at five, five, five, oh, one, six, one. Oh. Bye."))
    assert all("five five five oh one six one oh" not in j.readings[1:] for j in renumber.plan_clips([whole]))
    assert renumber._closing_oh_moved([" five,", " five,", " five,", " one,", " six,", " one,", " oh."], None) == []
    # the chosen reading takes the stretch's last full stop, not each heard word's punctuation in turn
    jobs[0].scores = [-20.0] + [-30.0] * (len(jobs[0].readings) - 2) + [-12.0]
    jobs[0].readings[-1] = "five five five oh one six one"
    jobs[0].word_probs = [[0.9] * len(r.split()) for r in jobs[0].readings]
    text = "".join(w for w, *_ in renumber.apply_clips([heard], jobs)[0].words)
    assert "five five five oh one six one." in text and "Oh." not in text


def test_a_number_heard_like_an_earlier_one_is_heard_afresh_and_another_line_is_no_repeat():
    from greetlint.transcribe import AsrResult

    def timed(text):
        return [(" " + w, 0.3 * k, 0.3 * k + 0.25, 0.9) for k, w in enumerate(text.split())]

    # the second number heard as a copy of the first: its clip hears it again afresh, and "also try my office"
    # before "that's" offers another line, so the two are not weighed as one number said twice
    copied = AsrResult(words=timed("My cell is five five five zero one five five, but you could also try my office. "
                                   "That's five five five zero one five five. Thanks."))
    jobs = renumber.plan_clips([copied])
    assert [job.fresh for job in jobs] == [True] and jobs[0].partner is None
    # a clean number said once is not clipped at all
    once = AsrResult(words=timed("Call me at two one two, five five five, oh one seven one. Bye."))
    assert renumber.plan_clips([once]) == []


def test_two_clips_each_sure_of_its_own_number_are_not_forced_to_agree():
    def job(readings, scores):
        j = renumber.ClipJob(0, 0, 1, "", "", 0.0, 1.0, readings)
        j.scores = scores
        return j

    a = job(["five five five zero one five five", "five five five zero one five four"], [-10.0, -24.0])
    b = job(["five five five zero one five four", "five five five zero one five five"], [-10.0, -19.0])
    assert renumber._joint_choice(a, b) is None
    # one clip unsure: the two are weighed together, the digits both clips support best taken by both
    c = job(["five five five zero one five four", "five five five zero one five five"], [-10.0, -10.5])
    assert renumber._joint_choice(a, c) == (None, 1)
