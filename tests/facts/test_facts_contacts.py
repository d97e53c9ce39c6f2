"""Alternative contacts and out-of-office notices."""
from __future__ import annotations

import datetime

import pytest

from greetlint.facts import extract_facts
from greetlint.facts.contacts import find_out_of_office
from greetlint.transcript import from_script

from script_facts import facts

MONDAY = datetime.date(2026, 11, 23)


def alt_kinds(text: str, kind: str = "greeting") -> list[str]:
    return [a.kind for a in extract_facts(from_script(text), kind, MONDAY).alt_contact]


@pytest.mark.parametrize("text, kind", [
    ("If you need help right away, press zero.", "operator"),
    ("Dial 0 for the operator.", "operator"),
    ("For sales, press one. For service, press two.", "operator"),
    ("Please contact my colleague Jordan at extension 2201.", "colleague"),
    ("For urgent matters, call 206-555-0199.", "phone"),
    ("Or call my cell.", "phone"),
    ("Text me instead.", "phone"),
    ("You've reached Ilse at Corvid Labs. If it can't wait, my mobile is 555-0163.", "phone"),
    ("Send me an e-mail.", "email"),
    ("Write to dana at brightline dot com.", "email"),
    ("You can also message me on WhatsApp.", "phone"),
])
def test_alt_contact(text, kind):
    assert kind in alt_kinds(text)


def test_touching_hits_of_one_kind_are_one_contact():
    facts = extract_facts(from_script("If your call is urgent, press zero to reach our front desk. Thanks."),
                          "greeting", MONDAY)
    assert [(a.kind, a.text) for a in facts.alt_contact] == [("operator", "press zero to reach our front desk")]


@pytest.mark.parametrize("text, kind", [
    ("You have reached 206-555-0142. Leave a message.", "greeting"),
    ("Leave a message after the tone and I'll call you back.", "greeting"),
    ("This is Odile, my number is 312-555-0190, please ring me back.", "message"),
    ("You can get me until 6 pm tonight at 555-0177.", "message"),
    ("Hey Ilse, it's Bram, my cell is 555-0163, call me when you can.", "message"),
])
def test_no_alt_contact(text, kind):
    assert alt_kinds(text, kind) == []


@pytest.mark.parametrize("text, phrase, date", [
    ("I'm out of the office until Monday, December 1st.", "until Monday, December 1st", datetime.date(2026, 12, 1)),
    ("I'm on vacation, returning on December 7th.", "returning on December 7th", datetime.date(2026, 12, 7)),
    ("Our studio will be closed from December 23 to January 4.", "to January 4", datetime.date(2027, 1, 4)),
    ("I'm away on business until Friday.", "until Friday", datetime.date(2026, 11, 27)),
    ("I'm out of the office until November third.", "until November third", datetime.date(2026, 11, 3)),
    ("We're closed for the holidays and will reopen on January fifth.", "reopen on January fifth", datetime.date(2027, 1, 5)),
])
def test_out_of_office_with_return(text, phrase, date):
    ooo = find_out_of_office(text, MONDAY)
    assert (ooo.return_phrase, ooo.return_date) == (phrase, date)


def test_out_of_office_without_date():
    ooo = find_out_of_office("Hi, you've reached Ines. I'm out of the office. Leave a message.", MONDAY)
    assert ooo is not None and ooo.return_date is None


@pytest.mark.parametrize("text", [
    "I'm away from my desk right now.",
    "Our office is currently closed. Please call back during business hours.",
    "We're not at the office right now, please leave a message.",
    "I will call you back on Thursday at 3 p.m.",
])
def test_not_out_of_office(text):
    assert find_out_of_office(text, MONDAY) is None


def test_return_date_with_the_recognisers_comma():
    ooo = find_out_of_office("I'm out of the office until Monday, December, twenty-eighth.", MONDAY)
    assert ooo.return_date == datetime.date(2026, 12, 28)


# 8. in a message, the caller's own contact details and mailbox keys are not alternative contacts
@pytest.mark.parametrize("text", [
    "Hi, it's Vic from Dunmore Paving, you can reach me sooner at my cell, 555-0171. Thanks.",
    "Hi Ms. Grant, this is Lou at Pinecrest Bank. Email me at lou at pinecrest dot com about account 55512345.",
])
def test_message_own_contacts_are_not_alternatives(text):
    assert facts(text, "message").alt_contact == []


def test_mailbox_options_key_is_not_an_operator():
    assert facts("Please leave a message after the tone, or press pound for more options.", "greeting").alt_contact == []


def test_qualified_emergency_is_an_alternative():
    text = "If this is a dental emergency, please call the on-call line. Otherwise leave a message."
    found = facts(text, "greeting").alt_contact
    assert [(a.kind, a.text) for a in found] == [("other", "If this is a dental emergency"), ("other", "on-call line")]


# 5. texting is a way to reach someone from a greeting
def test_text_me_is_an_alternative_contact():
    alt = facts("You've reached Pia. Leave a message or text me at 555-201-3344.", "greeting").alt_contact
    assert alt


# 5b. routes that are not the owner's people, and the caller's own channels in a message
def test_emergency_route_counts_as_an_alternative_contact():
    # the dev labels list 911 as a number and count emergency lines as a way to reach someone now
    text = "You've reached Elm Street Dental. If this is a dental emergency, hang up and call 911. Leave a message."
    assert facts(text, "greeting").alt_contact


def test_emergency_line_of_the_office_is_an_alternative_contact():
    text = "You've reached Elm Street Dental. If this is an emergency, call our on-call line at 555-310-4477."
    assert facts(text, "greeting").alt_contact


def test_send_a_text_is_an_alternative_contact():
    assert facts("You've reached Ollie. I don't check voicemail; if it's important, send a text message.", "greeting").alt_contact


def test_website_in_a_message_is_the_callers_own():
    text = "Hi, this is Hillcrest Library. Your interlibrary loan has arrived. For hours, visit our website. Thanks."
    assert facts(text, "message").alt_contact == []


# alternative contacts said other ways in a greeting
@pytest.mark.parametrize("text, has_route", [
    ("You've reached Ana. For faster help, shoot me a text at 555-201-4455.", True),
    ("You've reached Ana. You can also message me on WhatsApp.", True),
    ("You've reached Ana. If it's urgent, ping me on Slack.", True),
    ("You've reached Ana. I'm away; my colleague Ben can help at extension 12.", True),
    ("You've reached the Hollis Clinic. For prescription refills, use our patient portal.", False),
    ("You've reached Ana. If you need immediate help, reach out to Carla Diaz.", True),
    ("You've reached Ana. Leave a message.", False),
    ("You've reached Ana. Please call back later.", False),
])
def test_alternative_contact_sweep(text, has_route):
    assert bool(facts(text, "greeting").alt_contact) == has_route


@pytest.mark.parametrize("text, expected", [
    ("Kessler Plumbing. For a burst pipe, stay on the line and you'll be connected to the plumber on call.", "operator"),
    ("Harbor Ferry Service. If you're stuck at the dock, call our dispatch at 555-0136.", "phone"),
    ("You've reached Dr. Ilse Moreau. If you are in crisis, call or text 988.", "other"),
])
def test_reach_someone_now_paths(text, expected):
    kinds = {a.kind for a in facts(text, "greeting").alt_contact}
    assert expected in kinds, kinds


def test_someone_else_instead_in_a_message_is_one_of_its_own_channels():
    # an alternative contact is a greeting's fact (the owner routing any caller); a left message has none
    text = "Hey Jo, it's Bea. My battery's low, so if I don't pick up, call Marcus instead. He's at 555-0187."
    found = facts(text, "message")
    assert found.alt_contact == []
    assert "colleague" in {c.kind for c in found.caller_contact}


@pytest.mark.parametrize("text", [
    "Hi Theo, it's Marta from the print shop. If I'm not at my desk, press zero and ask for Gus. Thanks.",
    "Hello, this is Ivo with Quarry Roofing. For anything urgent, call our dispatch at 555-0141.",
])
def test_a_left_message_never_has_an_alternative_contact(text):
    assert facts(text, "message").alt_contact == []


def test_when_the_kind_is_unsure_a_number_merely_stated_is_no_alternative():
    text = "Ms. Varga, this is Otto Lind. The office number is 555-0163."
    assert facts(text, "greeting").alt_contact  # sure: a number in a greeting is a route
    assert facts(text, "greeting", kind_sure=False).alt_contact == []
    told = "Ms. Varga, this is Otto Lind. For the office, call 555-0163."
    assert facts(told, "greeting", kind_sure=False).alt_contact


def test_911_mentioned_in_passing_is_not_an_alternative_in_a_message():
    text = "Hi Dad, it's Kim. Nobody had to call 911, the car is fine. Call me back when you can."
    assert facts(text, "message").alt_contact == []


def test_a_messages_own_email_is_a_caller_contact_not_an_alternative():
    found = facts("Hi, it's Rhea Moss about the rug. Mornings are hard, so email rhea dot moss at loomworks dot co dot uk "
                  "or rhea at loomworks dot com.", "message")
    assert found.alt_contact == []
    assert [(c.kind, c.text) for c in found.caller_contact] == [
        ("email", "rhea dot moss at loomworks dot co dot uk"), ("email", "rhea at loomworks dot com")]


def test_call_or_text_in_a_greeting_offers_another_channel_even_when_the_number_is_misheard():
    text = "Pinecrest Gutters. For quick service, call or text one, eight hundred, seven, seven, seven, gutters."
    assert [a.kind for a in facts(text, "greeting").alt_contact] == ["phone"]
    assert facts("Hi, it's Ray. Call or text me at 555-0133.", "message").alt_contact == []

# Ways to reach someone now, said many ways; and greetings that offer none (invented sentences).
@pytest.mark.parametrize("text, offered", [
    ("You've reached Ilsa. If you need something today, my assistant Bruno can help at 555-0170.", True),
    ("Hi, it's Cato. For anything urgent, ring my mobile.", True),
    ("Hi, this is Jun. I'm out, but Kira is covering for me this week, you can reach her at extension 212.", True),
    ("This is Petra. For scheduling, please email scheduling at petra dot com.", True),
    ("You've reached the clinic. For prescription refills, use the patient portal.", False),
    ("This is Father Okonkwo. If this is a pastoral emergency, press 2.", True),
    ("Hi, you've reached Sol. Leave a message and I'll call you back today.", False),
    ("This is Hugo. Please leave your name and number and the best time to reach you.", False),
    ("Hi, this is Nell. I'm on vacation until Monday. I'll return your call then.", False),
])
def test_a_way_to_reach_someone_now(text, offered):
    assert bool(facts(text, "greeting").alt_contact) == offered


# an automated or business message's own routes (a menu key, the front desk, an emergency line) are
# how to answer that message: caller_contact, not alt_contact
@pytest.mark.parametrize("text", [
    "Pell Street Vision here about Friday's fitting: press 1 to keep it, press 2 to move it.",
    "Final notice on your solar lease. Press one to reach a specialist now.",
    "Marlow Hotel concierge calling for Ms. Ubeda: the valet has your car out front; dial zero for the front desk if you need it.",
    "Deputy Ross about the scooter report, my desk is 555-0162; for a true emergency call 911 instead.",
])
def test_a_messages_own_routes_are_caller_contacts(text):
    found = facts(text, "message")
    assert found.alt_contact == []
    assert found.caller_contact


@pytest.mark.parametrize("text", [
    "You've reached Colfax Heating. For a dead furnace, our emergency line is 555-201-8890. Otherwise leave a message.",
    "This is the Town of Elmira Roads Department. To report a downed sign, call three one one.",
    "You've reached the desk of Ida Kroll. Leave a message, or, to speak with her assistant, Pim, dial extension 40.",
])
def test_more_ways_to_reach_someone_now(text):
    assert facts(text, "greeting").alt_contact


# someone else who "can be reached at", another person's own cell, "to speak with X, press N";
# the speaker's own "I can be reached at" in a message is the caller's channel
@pytest.mark.parametrize("text, kind, alt", [
    ("You've reached Priya Nair at Foxglove Legal. Leave a message. My clerk, Ines Moreau, can be reached at extension 412.", "greeting", True),
    ("You've reached the accounts team. For invoices, leave a message. To speak with billing directly, press 4.", "greeting", True),
    ("You've reached Dev and Lena. Leave us a message. If you need Lena, her cell is 555-0148.", "greeting", True),
    ("You've reached the Okoro house. We barely check this, so you're better off texting Ada's cell, 555-0163.", "greeting", True),
    ("Hi Rowan, it's Bea from Tallis Print about your proofs. I can be reached at 555-0129 until six.", "message", False),
])
def test_someone_else_reachable_now(text, kind, alt):
    assert bool(facts(text, kind).alt_contact) is alt


@pytest.mark.parametrize("text", [
    "You've reached Pell Hardware. You can also order online at pellhardware dot com.",
    "Thanks for calling the county permits line. Most permits can be filed through the county portal.",
])
def test_a_website_is_self_service_not_someone_to_reach(text):
    found = extract_facts(from_script(text), "greeting", MONDAY)
    assert found.alt_contact == []
    assert [s.kind for s in found.self_service] == ["website"]


@pytest.mark.parametrize("text, has_route", [
    ("You've reached Ana. For emergencies, 555-0100.", True),
    ("You've reached Ana. Anything urgent, grab Priya at the front desk.", True),
    ("You've reached Ana. If it can't wait, try the front office.", True),
    ("You've reached Ana. You can also reach Lee Moss at extension 40.", True),
    ("You've reached Ana. My backup this week is Jorge Ruiz.", True),
    # a day is no person: "call Monday at 9" offers no one
    ("You've reached Ana. The shop is closed, so call Monday at 9. Leave a message.", False),
])
def test_urgent_paths_in_other_words(text, has_route):
    assert bool(facts(text, "greeting").alt_contact) == has_route


@pytest.mark.parametrize("text, alt", [
    # a menu whose items only lead to the phone system itself: self-service, nobody to reach
    ("Thanks for calling Lumen Parcel. For order tracking, press 1. To repeat this menu, press star.", False),
    ("Thanks for calling Lumen Power. For store hours and directions, press 1. To pay your bill, press 2.", False),
    ("Thanks for calling Lumen Parcel. Press 4 for order status.", False),
    # an item leading to a department or a person is someone to reach now
    ("Thanks for calling Lumen Power. For billing, press 1. To repeat this menu, press star.", True),
    ("Thanks for calling Lumen Parcel. Press 4 for order status. Press 2 for our sales team.", True),
    ("Thanks for calling Lumen Parcel. Press 0 for the operator.", True),
])
def test_menu_items_that_lead_only_to_the_phone_system(text, alt):
    found = extract_facts(from_script(text), "greeting", MONDAY)
    assert bool(found.alt_contact) is alt
    if not alt:
        assert [s.kind for s in found.self_service] and all(s.kind == "menu" for s in found.self_service)


@pytest.mark.parametrize("text, alt", [
    ("You've reached Lorna Vance. I'm out today; for orders, please ask for Tomas at the front desk.", True),
    ("You've reached Lorna Vance. I'm out today; please speak with Ines on our main line.", True),
    ("You've reached Lorna Vance. When you call back, ask for a quote.", False),
])
def test_a_first_name_asked_for_at_a_line_or_desk(text, alt):
    assert bool(facts(text, "greeting").alt_contact) is alt


@pytest.mark.parametrize("text, kind", [
    # the recogniser ends the sentence where the speaker paused before the digits
    ("If it's about the invoice, call Renata at area code. Four one five, five five five, oh one four two.", "phone"),
    # a contact verb after "you've reached": the line to use is not the one dialled
    ("Hi, you've reached Oskar, this phone is broken, so try my other line instead, five five five, oh one eight eight.", "phone"),
    # a three-digit line written as a number
    ("If you smell gas, hang up and call nine hundred eleven.", "phone"),
    ("For road closures, call three hundred eleven.", "phone"),
    # someone at an extension, whatever their name was heard as
    ("Before then, please contact our velda morrow at extension four hundred twelve.", "colleague"),
    # a first name that is also a month
    ("For lessons, call June Alvarez on five five five, oh one three three.", "colleague"),
    # a person asked for at the main line, the name heard as common words
    ("For rentals, please ask for handle or at our main number.", "colleague"),
    # "press two" heard as "pressed to"
    ("Please do not use this line for billing. For those pressed to reach an agent.", "operator"),
])
def test_alt_contact_as_a_recogniser_writes_it(text, kind):
    assert kind in alt_kinds(text)


@pytest.mark.parametrize("text", [
    "You've reached Oskar at five five five, oh one eight eight. Leave a message.",
    "Hi, you've reached Oskar. My number is five five five, oh one eight eight. Leave a message.",
    "Leave a message and call me back at extension four hundred twelve.",
    "We'll call you in June at the latest. Leave a message.",
])
def test_no_alt_contact_as_a_recogniser_writes_it(text):
    assert alt_kinds(text) == []


# issue 14, eng3-cb: another line named right before its number is an alternative contact in a greeting;
# the line being called, said to be the mailbox's own, is not (each fails on 88ef2e7 where it says so)
@pytest.mark.parametrize("text, phones", [
    ("Hi, you've got Rosa at Tern Tile. I'm out measuring a kitchen. Leave a message. For invoices, the main "
     "office is 555-0174.", ["555-0174"]),
    ("Thanks for calling Larch Vet. Need help now? Our after-hours desk, 555-0166, is open until midnight. "
     "Leave a message.", ["555-0166"]),
    # kept: the mailbox's own new number, said as what is being called
    ("You've reached Grove Books. Right, this is still our number, 555-0187. Leave a message.", []),
    # review 12 (A11): the mailbox's own line pointed at before its number is no other line; "call
    # this number, ..." gives one to use
    ("Hi, you've reached Ines Palo. That cell, 555-0172, is my old one. Leave a message and I'll call you back.", []),
    ("Hi, you've reached Ines Palo. This work line: 555-0172. Leave a message.", []),
    ("Hi, you've reached Ines Palo. For emergencies, call this number, 555-0172. Leave a message.", ["555-0172"]),
])
def test_another_line_named_before_its_number(text, phones):
    from script_facts import facts as script_facts_of
    got = script_facts_of(text, "greeting")
    assert [a.text for a in got.alt_contact if a.kind == "phone"] == phones


# issue 18, eng9-calls: an extension given as what to dial is someone to reach now; the extension being called,
# the listener's own or one to ask for later is not
@pytest.mark.parametrize("text, fires", [
    ("Noor here, Alder Clinic. For lab results, call extension 6083. Leave a message.", True),
    ("You've reached the front office. To book a table, dial extension 297.", True),
    ("For rentals, call extension six oh eight three, or leave a message.", True),
    # must not fire
    ("You've reached extension 214. Please leave a message.", False),
    ("Please leave your name, extension and a short message.", False),
    ("Leave a message and call me back at extension four hundred twelve.", False),
    ("Hi, it's Ola. My direct line is 555-0144, extension 307. Leave a message.", False),
    ("Thanks for calling Pell and Rowe. Your call may be transferred to an extension after the tone.", False),
    # negated, the owner's own mailbox, or a transfer that is not possible
    ("Hi, it's Ada Lim. Please do not dial extension 40 any more, that desk is gone. Leave a message.", False),
    ("Hi, it's Ada Lim. When prompted, press extension 7 and then the star key to leave me a message.", False),
    ("You've reached Corbel Tools. Note that calls can't transfer to extension 3 after six.", False),
    ("hi this is the desk at rowan homes press extension three one one to leave a message for ada", False),
    # (one record needed these, so they are gone: "goes to extension", "dial their extension")
    ("Refund questions go to extension 518. Leave a message for anything else.", False),
])
def test_an_extension_to_dial(text, fires):
    assert bool(alt_kinds(text)) == fires, (text, alt_kinds(text))


# a colleague named by whose they are and their title, with the name said after a comma, and with more verbs
# ("dial", "reach out to", "talk to", "direct ... questions to"); the speaker's own plan is no route
@pytest.mark.parametrize("text, fires", [
    ("Hi, it's Moira. If it can't wait, please dial my secretary, Rhea Banks, on extension 6301.", True),
    ("You've reached Dr. Kell's office. Leave a message, or ring his legal assistant, Lorna Pike.", True),
    ("You've reached the office of the dean. For room bookings, talk to her office manager, Tom Reyes.", True),
    ("Hi, it's Moira. Or reach out to our office manager, Ivo, on extension 6233.", True),
    ("Hi, it's Moira, on leave. Kindly direct refund questions to Anya Moss in accounts.", True),
    # must not fire
    ("Hi, it's Moira. I'll direct your questions to the right person and call you back.", False),
    ("Hi, it's Moira. Leave a message. I'll talk to my manager and call you back today.", False),
    ("Hi, it's Moira. Leave a message and we will talk with our team about your order.", False),
    # the speaker's own plan with words in between, someone else's habit, a purpose, a negation
    ("Hi, it's Moira at Pell Roofing. Leave a message and I would be happy to direct your questions to our staff.",
     False),
    ("Hi, it's Moira. Please don't direct questions to my former secretary, she retired. Leave a message.", False),
    ("Hi, it's Moira. Once you leave a message, I will then talk to my manager and call you back.", False),
    ("Hi, it's Moira. Leave a message, we normally talk to our team first and then ring you.", False),
    ("You've reached Pell Roofing. Leave your name and number to talk with our team about a quote.", False),
    ("You've reached the help line. Our staff talk to their manager before calling back, so allow a day.", False),
    # must fire: a condition's own "not" or subject is no guard, nor "don't hesitate"
    ("Hi, it's Moira. If we are closed call our office manager on 555-0150.", True),
    ("Hi, it's Moira. Please don't hesitate to reach out to my assistant, Ivo Park.", True),
    ("Hi, it's Moira. I'm out until Monday so please talk to my assistant at the front desk.", True),
    # a "not" further back governs another verb (a run-on with no stops)
    ("hey its moira not really using this cell much now call my work line three one four five five five oh one eight seven", True),
])
def test_a_colleague_by_title_and_verb(text, fires):
    assert bool(alt_kinds(text)) == fires, (text, alt_kinds(text))


# in a greeting "call me at" / "reach me directly at" gives a line other than the one dialled; "call me back at"
# is the line dialled, and when the kind is unsure the number is read as a message's own
def test_a_line_to_call_me_at_in_a_greeting():
    from script_facts import facts as script_facts_of
    for text in ("Hi, it's Dana. I've moved, so please don't leave a message. Call me at 555-0133 instead.",
                 "Hi, it's Dana. Leave a message, or you can reach me directly at 555-0133.",
                 "Hi, it's Dana. Students may reach me directly on my mobile, 555-0133."):
        assert [a.kind for a in script_facts_of(text, "greeting").alt_contact] == ["phone"], text
    for text in ("Hi, it's Dana. Leave a message and call me back at 555-0133.",
                 "You've reached 555-0133. Leave a message."):
        assert script_facts_of(text, "greeting").alt_contact == [], text
    # negated: the old line is no route
    for text in ("Hi, it's Dana Ruiz. Please do not call me at 555-0133 any more, that number is gone. Leave a message.",
                 "Hi, it's Dana. Don't reach me directly at 555-0133 now, that phone was stolen. Leave a message."):
        assert script_facts_of(text, "greeting").alt_contact == [], text
    unsure = script_facts_of("Hi, it's Dana from Pike Hardware, call me at 555-0133 about your order.",
                             "greeting", kind_sure=False)
    assert unsure.alt_contact == []


# the subject test reads only the routes issue 18 added (talk to, reach out to, dial/ring, his/her/their, "direct
# ... to", an extension to dial), and only a subject that governs the contact verb (modals, adverbs, "going to",
# "need to", "glad to", "then", "first" between); main's older colleague patterns fire as before, and a subject
# that tells "you" to do it, or one that belongs to an earlier verb in a run-on, is no guard
@pytest.mark.parametrize("text, fires", [
    # the caller is the one asked to do it
    ("You've reached Pell Roofing. We ask that you contact our receptionist about invoices.", True),
    ("You've reached Pell Roofing. We suggest you speak with our office manager about quotes.", True),
    ("Hi, it's Tam. I recommend you get in touch with my colleague while I'm on leave.", True),
    ("You've reached Ivo Dane's line. He asks that you call his secretary, Rhea, at extension 9.", True),
    ("You've reached Ivo Dane's line. He asks that you ring his secretary about the schedule.", True),
    ("You've reached Ivo Dane. I'd ask you to call my secretary for anything that can't wait.", True),
    ("You've reached Pell Roofing. They can reach my secretary on extension 31 about orders.", True),
    # a run-on whose subject belongs to an earlier verb
    ("hi this is tam and im away from the shop this week call my secretary at extension nine", True),
    ("youve reached pell roofing and our shop is shut this week call my secretary", True),
    ("hi this is tam and im away this week talk to my secretary at the front desk", True),
    # "why not" invites
    ("Hi, it's Tam at Pell. I'm away today. Why not try my colleague Noor instead?", True),
    # must not fire: the speaker's own plan, also inside a condition's clause when "I'll / we will" comes right
    # before the verb
    ("You've reached Ivo Dane. When I hear your message I'll talk to my team and ring you back.", False),
    ("Hi, it's Ivo. If you leave your details then we will talk to our team and get back to you.", False),
    ("Hi, it's Ivo. Once I'm back I'm going to ring my manager and call you.", False),
    ("Hi, it's Ivo. I'd be glad to direct your questions to the right desk, leave a message.", False),
    # and a real negation still is one
    ("Hi, it's Tam. Please don't try my colleague Noor, she has left. Leave a message.", False),
])
def test_the_subject_test_reads_only_the_new_routes_and_a_governing_subject(text, fires):
    assert bool(alt_kinds(text)) == fires, (text, alt_kinds(text))


# another line stated rather than commanded: "use my cell, it's ...", "the shop line is ...", "my work number is ...",
# a country code's "plus" before the digits; when the kind is unsure a line named by what sets it apart from the one
# dialled still counts, never the line dialled itself ("my number is", "my direct line is") nor a message's own
@pytest.mark.parametrize("text, kind_sure, phones", [
    ("Hi, it's Wren. Leave a message. Or if it's about the choir, use my cell, it's 555-0181.", True, True),
    ("You've reached Odile. From abroad, my mobile is plus one, 303-555-0114.", True, True),
    ("Hi, this is Bram at Kestrel Bikes. If you need parts, the shop line is 555-0126.", False, True),
    ("Hi, it's Bram. Not here. Or, um, my work number is, uh, 555-0126.", False, True),
    # must not count: the line dialled, said with or without the kind being sure
    ("Hi, it's Bram. My number is 555-0126. Leave a message.", False, False),
    ("Hi, it's Bram. My direct line is 555-0126. Leave a message.", False, False),
    ("Hi, you've reached Bram. My number is 555-0126. Leave a message.", True, False),
    # the line dialled, pointed at before its other name
    ("Hi, it's Bram. This work line is 555-0126. Leave a message.", False, False),
])
def test_another_line_stated(text, kind_sure, phones):
    from script_facts import facts as script_facts_of
    got = script_facts_of(text, "greeting", kind_sure=kind_sure)
    assert bool([a for a in got.alt_contact if a.kind == "phone"]) == phones, (text, got.alt_contact)


@pytest.mark.parametrize("text, fires", [
    ("Hi, it's Wren. Or use our other line, it rings at the desk.", True),
    ("You've reached the Lunds. If you want Tova about tutoring, please text her instead.", True),
    ("Please don't leave a message. Text or email.", True),
    # must not fire: the speaker's habit, a left message's own channels
    ("You've reached Lund Farm. We use our main line for orders, so leave a message.", False),
])
def test_a_text_or_another_line_offered(text, fires):
    assert bool(alt_kinds(text)) == fires, (text, alt_kinds(text))
    assert alt_kinds(text.replace("You've reached", "Hi, this is"), "message") == []


# colleagues introduced in other ways: a relative named, a person as the whole object of a contact verb, a staff
# member or office described by what they do
@pytest.mark.parametrize("text, fires", [
    ("Hi, it's Rafe. Away this week. If it can't wait, call my brother Tiago.", True),
    ("Hi, it's Rafe. Leave a message, unless it's about the raffle, then text Imani.", True),
    ("You've reached Dr. Sol. On leave. For enrolment, contact the program coordinator, Ula Penn.", True),
    ("You've reached Pell School. We're closed. For safety concerns, call the district office.", True),
    # must not fire: no name after the relative, a day or a time word, the speaker's own plan
    ("Hi, it's Rafe. I'm out calling my mom, leave a message.", False),
    ("Hi, it's Rafe. Leave a message or call Monday.", False),
    ("Hi, it's Rafe. Leave a message, I'll call Tiago and get back to you.", False),
    ("Hi, it's Rafe. Leave a message and I'll contact the site manager for you.", False),
])
def test_a_colleague_introduced_in_other_ways(text, fires):
    assert bool(alt_kinds(text)) == fires, (text, alt_kinds(text))
