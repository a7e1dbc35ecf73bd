"""Extraction follows the codebook: one test per behaviour, with the sentence in the test."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.engine import extract_article
from pipeline.records import Mention

PUBLISHED = date(2016, 5, 31)  # a Tuesday


def extract(text: str, published: date | None = PUBLISHED, title: str | None = None
            ) -> list[Mention]:
    return extract_article(text, published, title).mentions


def one(text: str, published: date | None = PUBLISHED) -> Mention:
    mentions = extract(text, published)
    assert len(mentions) == 1, [(m.incident_type, m.evidence) for m in mentions]
    return mentions[0]


def test_worked_example_admins_of_groups_are_not_counted_as_people() -> None:
    m = one("Iran: Last November, security forces arrested the administrators of more than "
            "20 Telegram groups.")
    assert (m.incident_type, m.country, m.platforms) == ("arrest", "IR", ["telegram"])
    assert m.target_category == "channel_admin"
    assert m.victim_count is None
    assert (m.event_date, m.date_precision) == (date(2015, 11, 1), "month")
    assert m.actor_type == "security_services"


def test_worked_example_eight_women_over_instagram() -> None:
    m = one("Earlier this month, Iranian authorities detained eight women for posting photos "
            "of themselves without a headscarf on Instagram.")
    assert (m.incident_type, m.country, m.platforms) == ("arrest", "IR", ["instagram"])
    assert (m.target_category, m.victim_count, m.victim_count_qualifier) == (
        "social_media_user", 8, "exact")
    assert (m.event_date, m.date_precision) == (date(2016, 5, 1), "month")


def test_worked_example_hypothetical_gives_nothing() -> None:
    assert extract("Users in Iran fear that the authorities could read their messages and "
                   "make even more arrests.") == []


def test_passive_voice_arrest() -> None:
    m = one("Two reporters were detained by police in Dhaka on Friday.")
    assert (m.incident_type, m.country, m.victim_count) == ("arrest", "BD", 2)
    assert (m.event_date, m.date_precision) == (date(2016, 5, 27), "day")
    assert m.actor == "police in Dhaka"


def test_placed_under_arrest() -> None:
    m = one("A Turkish journalist was placed under arrest in Istanbul over a tweet.")
    assert (m.incident_type, m.country, m.platforms, m.victim_count) == (
        "arrest", "TR", ["twitter"], 1)


@pytest.mark.parametrize("sentence", [
    "Officials in Cairo denied that any journalist had been detained.",
    "No journalist has been arrested in Egypt for their opinions, the minister said.",
    "The Egyptian authorities were unable to block the encrypted messaging app Signal.",
    "Egyptian bloggers may face prosecution under the new rules.",
    "Egypt could block Telegram if the company refuses to cooperate.",
    "If the protests continue, the Egyptian authorities would shut down mobile internet.",
    "The rule on local data storage in Egypt will be enforced from next year.",
    "Rights groups urged the Egyptian government to restore access to the internet.",
    "Dozens of journalists have been jailed in Egypt in recent years.",
    "Will Egypt block WhatsApp before the vote?",
    "Police in Cairo arrested three men on corruption charges on Monday.",
    "A driver was detained in Cairo after a traffic accident on Sunday.",
    "The new Egyptian browser blocks trackers and pop-up adverts by default.",
    "The goalkeeper blocked a shot in the final minute in Cairo.",
    "A court in Cairo acquitted the blogger of all charges on Thursday.",
    "Parliament in Egypt debated a draft law that would require bloggers to register.",
    "Mobile internet in Cairo went down on Friday after a fibre cable was damaged by a storm.",
    "A journalist in Cairo suffered a heart attack on Friday.",
])
def test_hard_negatives_give_no_incident(sentence: str) -> None:
    assert extract(sentence) == [], sentence


def test_headline_and_teaser_lines_are_furniture() -> None:
    text = ("Telegram blocked in Russia\nRelated: Reporter detained in Minsk\n"
            "Minsk police detained a reporter on Friday.")
    mentions = extract(text)
    assert [m.evidence for m in mentions] == ["Minsk police detained a reporter on Friday."]


def test_blocking_of_a_named_platform_with_explicit_date() -> None:
    m = one("Roskomnadzor began blocking Telegram in Russia on 16 April 2018.",
            published=date(2018, 4, 20))
    assert (m.incident_type, m.country, m.platforms) == ("blocking", "RU", ["telegram"])
    assert (m.event_date, m.date_precision) == (date(2018, 4, 16), "day")
    assert (m.actor_type, m.actor, m.target_category) == ("regulator", "Roskomnadzor", "platform")


def test_standing_block_has_no_date() -> None:
    m = one("X, formerly Twitter, remains blocked in Turkey.")
    assert (m.incident_type, m.country, m.platforms) == ("blocking", "TR", ["twitter"])
    assert m.event_date is None and m.date_precision is None


def test_vpn_services_map_to_vpn() -> None:
    m = one("Pakistan's telecom regulator blocked several VPN services last week.")
    assert (m.incident_type, m.country, m.platforms) == ("blocking", "PK", ["vpn"])
    assert (m.event_date, m.date_precision) == (date(2016, 5, 1), "month")


def test_internet_shutdown_since_weekday() -> None:
    m = one("Ethiopian authorities have cut mobile internet in the Amhara region since Sunday.")
    assert (m.incident_type, m.country, m.target_category) == (
        "internet_shutdown", "ET", "general_public")
    assert (m.event_date, m.date_precision) == (date(2016, 5, 29), "day")
    assert m.platforms == []


def test_prosecution_with_qualified_count() -> None:
    m = one("A court in Minsk sentenced at least 12 bloggers to prison terms in March.")
    assert (m.incident_type, m.country, m.victim_count, m.victim_count_qualifier) == (
        "prosecution", "BY", 12, "at_least")
    assert (m.actor_type, m.event_date) == ("judiciary", date(2016, 3, 1))


def test_legal_restriction_data_localisation() -> None:
    m = one("Russian lawmakers passed a law in 2014 requiring foreign internet companies "
            "to store the personal data of Russian users on servers inside Russia.")
    assert (m.incident_type, m.country) == ("legal_restriction", "RU")
    assert (m.event_date, m.date_precision) == (date(2014, 1, 1), "year")


def test_takedown_on_government_order() -> None:
    m = one("Twitter withheld dozens of accounts in India after a government order on Monday.")
    assert (m.incident_type, m.country, m.platforms) == ("takedown", "IN", ["twitter"])


def test_surveillance_with_spyware() -> None:
    m = one("Phones of two Moroccan journalists were infected with Pegasus spyware in 2019.")
    assert (m.incident_type, m.country) == ("surveillance", "MA")


def test_attack_on_journalist() -> None:
    m = one("Unknown assailants beat a reporter in Karachi late on Sunday.")
    assert (m.incident_type, m.country, m.actor_type) == ("attack", "PK", "non_state")
    assert m.event_date == date(2016, 5, 29)


def test_harassment_raid_on_newsroom() -> None:
    m = one("Police raided the offices of an independent newspaper in Kampala on Thursday.")
    assert (m.incident_type, m.country, m.target_category) == ("harassment", "UG", "media_outlet")


def test_country_falls_back_to_the_article() -> None:
    text = ("Authorities in Iran have tightened control of the internet.\n"
            "On Friday, police detained a blogger who had criticised the president.")
    mentions = extract(text)
    assert [(m.incident_type, m.country) for m in mentions] == [("arrest", "IR")]


def test_round_up_switches_country_by_paragraph() -> None:
    text = ("Iran has blocked many websites this year, and Iranian news sites report it.\n"
            "Tunisia. A military court sentenced a blogger to a year in prison over a "
            "Facebook post.\n"
            "Egypt. Police detained a photojournalist covering a protest.")
    got = [(m.incident_type, m.country) for m in extract(text)]
    assert ("prosecution", "TN") in got and ("arrest", "EG") in got


def test_sentence_without_a_date_gets_null_not_the_publication_date() -> None:
    m = one("Police in Harare arrested a journalist over a report on corruption.")
    assert m.event_date is None and m.date_precision is None


def test_evidence_offsets_point_into_the_text() -> None:
    text = "Intro line without incident.\nPolice in Baku detained a reporter on Friday."
    [m] = extract(text)
    assert text[m.evidence_start:m.evidence_end] == m.evidence
    assert m.rule_id == "arrest.custody"
    assert 0 < m.confidence <= 1


def test_sentence_initial_month_resolves_to_the_latest_such_month() -> None:
    m = one("In November, Iranian security forces rounded up the administrators of 20 Telegram "
            "groups.")
    assert (m.event_date, m.date_precision) == (date(2015, 11, 1), "month")


def test_pronoun_victim_in_a_story_about_a_journalist() -> None:
    text = ("The Azerbaijani journalist Leyla Aliyeva has reported on corruption for a decade.\n"
            "On Thursday, police in Baku summoned her for questioning about her sources.")
    [m] = extract(text)
    assert (m.incident_type, m.country, m.target_category, m.victim_count) == (
        "arrest", "AZ", "journalist", 1)


def test_a_platforms_own_moderation_is_not_a_takedown() -> None:
    assert extract("Facebook removed a network of fake accounts in Uganda linked to the "
                   "information ministry on Monday, saying they violated its rules.") == []


def test_a_vpn_used_to_get_around_a_block_is_not_blocked() -> None:
    m = one("Telegram has been blocked in Iran since 2018, and most users reach it through a "
            "VPN service.", published=date(2020, 3, 1))
    assert (m.incident_type, m.platforms, m.date_precision) == ("blocking", ["telegram"], "year")


def test_shutdown_targets_the_public_even_when_journalists_are_named() -> None:
    m = one("The authorities in Belarus cut mobile internet across the country on Sunday, "
            "leaving journalists unable to file.")
    assert (m.incident_type, m.target_category) == ("internet_shutdown", "general_public")


def test_wire_dateline_date_is_not_the_event_date() -> None:
    m = one("ADDIS ABABA, May 30 (Agency) - Ethiopian authorities blocked Facebook and Twitter "
            "on Sunday.")
    assert (m.event_date, m.date_precision) == (date(2016, 5, 29), "day")


def test_offset_from_an_earlier_date_in_the_paragraph() -> None:
    mentions = extract("Police in Nairobi arrested a blogger on 3 May over a Facebook post. "
                       "He was charged two days later with publishing false information.")
    charged = next(m for m in mentions if m.incident_type == "prosecution")
    assert (charged.event_date, charged.date_precision) == (date(2016, 5, 5), "day")


def test_month_with_last_year_and_spans_between_months() -> None:
    m = one("In January last year, the Philippine regulator ordered the news outlet's "
            "registration revoked.")
    assert (m.incident_type, m.event_date, m.date_precision) == (
        "legal_restriction", date(2015, 1, 1), "month")


def test_charged_under_a_named_law_is_an_act_not_the_law_text() -> None:
    m = one("The Egyptian blogger was charged on Sunday under Section 66 of the "
            "Telecommunications Law.")
    assert m.incident_type == "prosecution"


def test_a_law_that_allows_blocking_is_a_legal_restriction_of_its_year() -> None:
    m = one("A 2014 law allows the Egyptian authorities to block any social media account "
            "with more than 5,000 followers.")
    assert (m.incident_type, m.rule_id) == ("legal_restriction", "legal.law_allows")
    assert (m.event_date, m.date_precision) == (date(2014, 1, 1), "year")


def test_an_arrest_named_only_as_the_time_of_another_event_is_background() -> None:
    mentions = extract("Pakistani authorities cut mobile internet across the country for "
                       "three days after the arrest of a former prime minister.")
    assert [m.incident_type for m in mentions] == ["internet_shutdown"]


def test_tallies_of_shutdowns_are_aggregates() -> None:
    assert extract("Kazakhstan has cut or throttled the internet more than a dozen times "
                   "since 2018.") == []


def test_a_negation_in_an_earlier_relative_clause_does_not_negate_the_arrest() -> None:
    m = one("A Thai artist who wrote on Facebook that he had not been screened for the virus "
            "at the airport was taken into custody on Monday.")
    assert (m.incident_type, m.platforms) == ("arrest", ["facebook"])


def test_outlet_named_as_the_blocked_website_is_listed_among_platforms() -> None:
    m = one("Russian prosecutors ordered the websites of the television channel TV Rain and "
            "the radio station Ekho Moskvy blocked on Tuesday.")
    assert (m.incident_type, m.platforms) == ("blocking", ["ekho moskvy", "tv rain"])


def test_possessive_object_refers_to_the_person_the_article_is_about() -> None:
    mentions = extract("Police in Hanoi arrested the blogger Tran Van Hoa on Monday. "
                       "Officers searched his house and seized two phones, his wife said.")
    assert sorted(m.incident_type for m in mentions) == ["arrest", "harassment"]


def test_the_victims_nationality_is_not_the_acting_state() -> None:
    mentions = extract("Tanzanian police detained two activists at the border on Monday. "
                       "A Ugandan journalist who travelled with them was beaten by men in "
                       "plain clothes.")
    attack = next(m for m in mentions if m.incident_type == "attack")
    assert attack.country == "TZ"


def test_the_project_codebook_documents_every_rule_and_every_veto_exists() -> None:
    from pathlib import Path

    import yaml

    from pipeline.extract.engine import BUILTINS
    from pipeline.extract.lexicon import load_lexicon

    root = Path(__file__).resolve().parents[1]
    docs = (root / "docs" / "CODEBOOK.md").read_text("utf-8")
    rules = yaml.safe_load((root / "pipeline/extract/rules/incidents.yaml").read_text("utf-8"))
    cues = yaml.safe_load((root / "pipeline/extract/rules/cues.yaml").read_text("utf-8"))["cues"]
    lexicon = load_lexicon()
    assert f"version {lexicon.codebook_version}" in docs
    for rule in rules["rules"]:
        assert f"`{rule['id']}`" in docs, rule["id"]
        for veto in rule.get("suppress", []):
            assert veto in cues or veto in BUILTINS, (rule["id"], veto)


def test_a_rebuilt_lexicon_works_with_its_own_vocabulary() -> None:
    from pipeline.extract import lexicon

    sentence = "Police in Dhaka detained two reporters on Friday."
    before = extract(sentence)
    lexicon.load_lexicon.cache_clear()
    try:
        after = extract(sentence)
    finally:
        lexicon.load_lexicon.cache_clear()
    assert [m.incident_type for m in before] == [m.incident_type for m in after] == ["arrest"]


def test_raid_on_a_newsroom_is_harassment_next_to_the_arrests_made_in_it() -> None:
    types = sorted(m.incident_type for m in extract(
        "Police raided the offices of the independent newspaper on Monday and arrested its "
        "editor over an article about army contracts."))
    assert types == ["arrest", "harassment"]


def test_a_raid_on_a_rights_group_is_harassment() -> None:
    m = one("On Thursday, police raided the offices of a civil society group that had been "
            "live-streaming the protests and seized its cameras.")
    assert (m.incident_type, m.event_date) == ("harassment", date(2016, 5, 26))


def test_connections_cut_is_a_shutdown() -> None:
    m = one("In the border province, connections were cut almost entirely for three days from "
            "12 May.")
    assert (m.incident_type, m.event_date) == ("internet_shutdown", date(2016, 5, 12))


def test_interviewer_statement_is_read_but_an_interviewer_question_is_not() -> None:
    text = ("Q: The National Assembly passed the cybersecurity law in June 2015.\n\n"
            "Q: Were you detained by the police over your posts?")
    assert [m.incident_type for m in extract(text)] == ["legal_restriction"]


def test_among_those_held_names_one_person_despite_the_tally_wording() -> None:
    m = one("Among those detained since the decree is Getachew Tolera, a blogger who ran a "
            "popular Facebook page.")
    assert (m.incident_type, m.platforms, m.target_category) == (
        "arrest", ["facebook"], "blogger")


def test_undated_repeat_and_rejected_idea_are_not_incidents() -> None:
    assert extract("The government has blocked social media before.") == []
    assert extract("The prime minister's aides said a full ban on Facebook was not being "
                   "considered.") == []


def test_platform_added_to_the_block_list_is_blocking() -> None:
    m = one("Twitter and Instagram were added to the list of blocked services on 5 May.")
    assert (m.incident_type, m.platforms) == ("blocking", ["instagram", "twitter"])


def test_x_followed_by_a_full_stop_ends_the_sentence() -> None:
    mentions = extract("The High Court on Tuesday ordered the regulator to restore access to X. "
                       "Last week, the regulator ordered YouTube to remove three videos by a "
                       "journalist.")
    assert [(m.incident_type, m.platforms) for m in mentions] == [("takedown", ["youtube"])]


def test_a_charge_of_assault_is_not_an_attack() -> None:
    assert extract("The man, 34, was arrested at the scene and later charged with assault, "
                   "police said.") == []


def test_tally_with_cases_in_which_is_aggregate() -> None:
    assert extract("In 2015 our partners recorded 38 cases in which journalists were "
                   "physically attacked and 11 in which they were arrested.") == []


def test_dated_report_keeps_a_tally_remark_in_a_later_clause() -> None:
    m = one("Iraq switched off the internet across the country for two hours on Wednesday "
            "morning, the fourth exam-season cut in the past decade.")
    assert (m.incident_type, m.event_date) == ("internet_shutdown", date(2016, 5, 25))


def test_a_note_marker_after_the_full_stop_ends_the_sentence() -> None:
    mentions = extract("X has been inaccessible in Pakistan since 17 February, when the "
                       "interior ministry ordered it blocked.[1] The caretaker minister said "
                       "the measure was temporary.")
    assert [m.incident_type for m in mentions] == ["blocking"]
    assert mentions[0].evidence.endswith("ordered it blocked.[1]")


def test_suspending_or_lifting_a_block_is_a_restoration() -> None:
    assert extract("An administrative court in Ankara on Wednesday ordered the authority to "
                   "suspend the Twitter block.") == []
    assert extract("On Monday the court suspended the Twitter ban, ruling that it violated the "
                   "constitution.") == []


def test_figures_from_a_transparency_report_are_aggregate() -> None:
    assert extract("Apple's transparency report shows it received government demands to "
                   "remove more than 1,400 apps worldwide in 2015.") == []


def test_a_decree_ordering_a_named_platform_blocked_is_a_block() -> None:
    types = {m.incident_type for m in extract(
        "President Petro Poroshenko on Monday signed a decree that orders internet providers "
        "to block VKontakte and Odnoklassniki.")}
    assert "blocking" in types


def test_gunfire_is_not_an_accident_and_an_offline_country_is_a_shutdown() -> None:
    m = one("In Zahedan, after security forces opened fire on worshippers on 30 April, the "
            "internet was cut for days at a time.")
    assert m.incident_type == "internet_shutdown"
    m = one("On Saturday the military went further, taking almost the entire country offline "
            "for about 24 hours.")
    assert (m.incident_type, m.event_date) == ("internet_shutdown", date(2016, 5, 28))


def test_a_blackout_on_a_channel_is_a_broadcast_ban() -> None:
    m = one("On Tuesday, the broadcasting watchdog imposed a ten-day blackout on the opposition "
            "channel over its coverage of the protests.")
    assert m.incident_type == "legal_restriction"


def test_layout_words_in_a_name_and_a_relative_clause_do_not_veto() -> None:
    m = one("On 7 May, police in the province of Nghe An detained a Facebook user for sharing "
            "posts about the spill.")
    assert m.incident_type == "arrest"
    types = sorted(m.incident_type for m in extract(
        "Police arrested the activist pastor who had called for the stay-away in a video on "
        "Facebook and charged him with subversion on Friday."))
    assert types == ["arrest", "prosecution"]


def test_what_a_rule_or_system_allows_is_not_an_act() -> None:
    assert extract("Since 2015, suspensions have been ordered under the Telecom Rules, which let "
                   "the home secretary of a state order operators to cut mobile internet.") == []
    assert extract("LinkedIn was blocked in Russia in November 2015, and the network remains "
                   "inaccessible.")[0].incident_type == "blocking"
    assert len(extract("LinkedIn was blocked in Russia in November 2015, and the network "
                       "remains inaccessible.")) == 1


def test_an_arrest_that_only_dates_another_act_is_background() -> None:
    mentions = extract("His laptop and two phones were seized when he was arrested, his lawyer "
                       "said.")
    assert [m.incident_type for m in mentions] == ["harassment"]
    m = one("Photojournalist Karim Fathy has been in detention since August 2013, when he was "
            "arrested while photographing a sit-in in Cairo.")
    assert (m.incident_type, m.event_date) == ("arrest", date(2013, 8, 1))


def test_shared_word_vetoes_and_inverted_conditionals() -> None:
    assert extract("Outlets that fail to register under the new act could be shut down.") == []
    assert extract("Were it adopted, bloggers who comment on politics without a licence would "
                   "need to register with the ministry.") == []


def test_a_law_as_subject_that_requires_or_bans_is_a_legal_restriction() -> None:
    m = one("A law in force since 2015 requires companies to store the personal data of Russian "
            "citizens on servers inside the country.")
    assert (m.incident_type, m.rule_id) == ("legal_restriction", "legal.law_allows")


def test_devices_taken_are_harassment_but_smuggled_goods_are_not() -> None:
    m = one("Officers searched the house on Monday and took away two phones and a laptop, his "
            "wife said.")
    assert m.incident_type == "harassment"
    assert extract("Customs officers seized 4,000 smuggled mobile phones at a warehouse on "
                   "Friday.") == []
    assert extract("The law allows police to search premises and seize computers without a "
                   "warrant.") == []


def test_a_victim_described_by_what_they_wrote_is_an_expressive_target() -> None:
    m = one("On 12 May, Anjan Das, who wrote about science and evolution for a Sylhet-based "
            "blog, was killed by four masked men as he left home.")
    assert (m.incident_type, m.event_date) == ("attack", date(2016, 5, 12))


def test_an_act_filmed_is_not_an_act_against_the_person_filming() -> None:
    mentions = extract("Last month police detained a reporter for several hours after he filmed "
                       "officers beating protesters.")
    assert [m.incident_type for m in mentions] == ["arrest"]


def test_nobody_negates_a_trigger_further_away() -> None:
    assert extract("Nobody we have spoken to has actually been arrested for tweeting.") == []


def test_a_country_heading_holds_for_the_paragraphs_below_it() -> None:
    text = ("Regional round-up\n\nVenezuela\n\nThe president signed a resolution on 8 May "
            "that blocked X for ten days.\n\nBrazil\n\nA judge ordered Telegram suspended "
            "nationwide on 12 May.")
    found = {(m.incident_type, m.country) for m in extract(text)}
    assert ("blocking", "VE") in found and ("blocking", "BR") in found


def test_corrections_definitions_and_plans_are_not_incidents() -> None:
    assert extract("Correction: An earlier entry said landlines had also been cut; the operator "
                   "says fixed-line calls were not affected.") == []
    assert extract("An internet shutdown is a deliberate disruption of internet connectivity, "
                   "ordered by a government.") == []
    assert extract("A full test of disconnecting Russia from the global internet is planned for "
                   "later this year.") == []


def test_a_regulator_fine_is_a_legal_restriction_and_a_court_fine_is_not() -> None:
    m = one("Turkey's broadcasting watchdog on Wednesday fined four television channels for "
            "their live coverage of the protests.")
    assert (m.incident_type, m.actor_type) == ("legal_restriction", "regulator")
    types = {m.incident_type for m in extract(
        "On Monday a court fined the station's owner 10,000 dinars over a broadcast about the "
        "minister.")}
    assert "legal_restriction" not in types


def test_tallies_counted_by_a_review_and_bail_are_not_incidents() -> None:
    assert extract("The review counts 62 journalists arrested across the region in 2015.") == []
    assert extract("A blogger arrested in Penang last week was released on bail.") == []


def test_surveillance_shown_ordered_or_key_demands() -> None:
    m = one("During the interview on Monday, detectives showed him printouts of his private "
            "WhatsApp messages, he said.")
    assert (m.incident_type, m.platforms) == ("surveillance", ["whatsapp"])
    m = one("In July 2015, the government authorised the intelligence agency to intercept the "
            "calls and messages of any citizen.")
    assert m.incident_type == "surveillance"
    assert one("The FSB first demanded the keys in July 2015.").incident_type == "surveillance"
    law_text = extract("The Interception of Communications Act of 2007 allows the minister to "
                       "order operators to intercept communications.")
    assert all(m.incident_type != "surveillance" for m in law_text)


def test_booked_picked_up_and_held_overnight() -> None:
    m = one("On 26 May, police in Haldwani booked a journalist for 'promoting enmity between "
            "groups' over a report on a demolition drive.")
    assert (m.incident_type, m.event_date) == ("prosecution", date(2016, 5, 26))
    m = one("The cartoonist Anisul Karim was picked up from his home on the evening of 5 May.")
    assert (m.incident_type, m.target_category) == ("arrest", "journalist")


def test_whole_country_cut_off_and_content_withheld_in_a_country() -> None:
    m = one("They said the whole country had been cut off since election day.")
    assert m.incident_type == "internet_shutdown"
    m = one("A YouTube channel run by a Kashmir-based journalist was withheld in India last "
            "month.")
    assert (m.incident_type, m.platforms) == ("takedown", ["youtube"])


def test_until_a_date_is_a_time_and_a_range_of_years_needs_years() -> None:
    m = one("A court in Addis Ababa on Monday adjourned until July the trial of Tesfaye Alemu, "
            "an editor charged over his articles.")
    assert m.incident_type == "prosecution"
    m = one("In 2015, a Tehran court sentenced four administrators of Telegram channels to "
            "between five and eleven years in prison.")
    assert (m.incident_type, m.event_date) == ("prosecution", date(2015, 1, 1))


def test_ideas_under_consideration_and_suspended_bans_are_not_blocks() -> None:
    assert extract("Officials said on Wednesday that a full ban on Telegram was being "
                   "considered.") == []
    assert extract("A court in Ankara suspended the Twitter ban on 26 March.") == []


def test_a_platform_that_followed_and_a_news_portal_blocked_are_blocks() -> None:
    m = one("Instagram followed on 14 March, after the company changed its rules on posts.")
    assert (m.incident_type, m.platforms) == ("blocking", ["instagram"])
    m = one("The Malaysian Communications and Multimedia Commission blocked access to the news "
            "portal The Malaysian Insider last Thursday over its reporting.")
    assert m.incident_type == "blocking"


def test_a_ban_with_an_unrelated_registration_deadline_is_a_block() -> None:
    m = one("Nepal's government banned 26 social media platforms, including Facebook, YouTube "
            "and X, on 4 May after they missed a deadline to register.")
    assert m.incident_type == "blocking"


def test_content_a_platform_refused_to_remove_was_not_taken_down() -> None:
    mentions = extract("In Pakistan, YouTube has been blocked since September 2015, when the "
                       "prime minister ordered it shut off over a film that the site refused "
                       "to remove.")
    assert [m.incident_type for m in mentions] == ["blocking"]


def test_an_order_issued_for_a_block_and_an_amended_law_named_are_not_new_laws() -> None:
    types = [m.incident_type for m in extract(
        "Roskomnadzor began blocking Telegram on Monday, enforcing a court order issued after "
        "the company refused to hand over its encryption keys.")]
    assert "legal_restriction" not in types
    types = [m.incident_type for m in extract(
        "A journalist in Lahore was charged on Saturday under Pakistan's amended Prevention of "
        "Electronic Crimes Act over a YouTube video.")]
    assert types == ["prosecution"]


def test_charges_promised_against_anyone_are_not_a_prosecution() -> None:
    assert extract("On Monday the attorney general directed prosecutors to bring charges "
                   "against anyone who continued to use Twitter.") == []


def test_gunfire_cable_television_and_a_parliament_debate_do_not_veto_a_cut() -> None:
    for text in ("Authorities shut down mobile internet on 18 May as police fired on student "
                 "protesters.",
                 "Authorities cut mobile internet, landlines and cable television across the "
                 "region on the night of 4 May.",
                 "Authorities cut mobile internet data on 4 May as parliament debated postponing "
                 "the election."):
        assert [m.incident_type for m in extract(text)] == ["internet_shutdown"], text


def test_access_blocked_to_accounts_is_a_takedown() -> None:
    m = one("A court in Istanbul ordered access blocked to dozens of opposition accounts on X in "
            "March.")
    assert (m.incident_type, m.platforms) == ("takedown", ["twitter"])


def test_election_tallies_withheld_names_and_comparisons() -> None:
    types = sorted(m.incident_type for m in extract(
        "On Sunday, police in Masaka arrested a radio presenter who had read out opposition "
        "tallies on air, and charged him on Monday with incitement."))
    assert types == ["arrest", "prosecution"]
    types = [m.incident_type for m in extract(
        "Soldiers detained a radio reporter, whose name is being withheld at his family's "
        "request, on Monday.")]
    assert types == ["arrest"]
    assert extract("India issues more orders to block online content than almost any other "
                   "democracy.") == []


def test_more_blocking_harassment_and_password_demands() -> None:
    m = one("Bangladesh shut off access to Facebook, WhatsApp and Viber on Wednesday.")
    assert m.incident_type == "blocking"
    m = one("Officers visited his family home at night on Monday and photographed his "
            "notebooks, the journalist said.")
    assert m.incident_type == "harassment"
    m = one("Several of the reporters said agents had also demanded the passwords to their "
            "phones in May.")
    assert m.incident_type == "surveillance"


def test_orders_to_operators_and_politicians_detained_beside_a_cut() -> None:
    types = [m.incident_type for m in extract(
        "The communications regulator ordered all internet service providers to suspend access "
        "late on Wednesday.")]
    assert types == ["internet_shutdown"]
    types = [m.incident_type for m in extract(
        "Pakistan's telecoms regulator suspended mobile internet services nationwide on "
        "Tuesday, hours after former prime minister Imran Khan was taken into custody.")]
    assert types == ["internet_shutdown"]
    types = [m.incident_type for m in extract(
        "Thailand's military junta has ordered internet providers to block more than 200 web "
        "pages since 22 May.")]
    assert types == ["blocking"]
    m = one("India's IT ministry on Thursday ordered Twitter to block almost 1,200 accounts.")
    assert m.incident_type == "takedown"


def test_broadcasters_suspended_and_footage_deleted() -> None:
    m = one("Niger's military rulers suspended the BBC for three months in December.")
    assert m.incident_type == "legal_restriction"
    types = sorted(m.incident_type for m in extract(
        "Gendarmes briefly detained two foreign reporters near a polling station in Libreville "
        "on Saturday and deleted footage from their cameras."))
    assert types == ["arrest", "harassment"]


def test_custody_states_accusations_and_hijacked_state_accounts_are_not_events() -> None:
    types = [m.incident_type for m in extract(
        "Several journalists were arrested on Monday, and at least four remain in jail.")]
    assert types == ["arrest"]
    assert extract("The authority blocked Instagram on 2 August after an official accused the "
                   "platform of removing condolence posts.")[0].incident_type == "blocking"
    assert [m.incident_type for m in extract(
        "X has been blocked in Tanzania since 20 May, when the police account was hacked and "
        "used to post false claims.")] == ["blocking"]


def test_wiretaps_hijacked_accounts_and_lures_are_surveillance() -> None:
    for text in ("Prosecutors confirmed that police wiretapped the phones of at least 15 "
                 "journalists in 2012.",
                 "In April, a hacker group hijacked the Twitter accounts of several news "
                 "organisations.",
                 "In Mexico, at least a dozen journalists received text messages in 2016 "
                 "carrying links that would have installed the spyware."):
        assert [m.incident_type for m in extract(text)] == ["surveillance"], text


def test_threats_to_harm_are_harassment_with_their_own_conditions() -> None:
    m = one("On Sunday, an anonymous caller threatened to kill the reporter if he kept talking "
            "on air about the mayor's contracts.")
    assert m.incident_type == "harassment"
    assert extract("The interior minister threatened on television to sue a newspaper over its "
                   "reporting.") == []


def test_data_localisation_orders_and_channels_ordered_off_the_air() -> None:
    m = one("Last year, the Supreme Council of Cyberspace ordered foreign messaging apps to move "
            "data on Iranian users to servers inside the country.")
    assert (m.incident_type, m.rule_id) == ("legal_restriction", "legal.localisation")
    m = one("On Wednesday the regulator ordered one of those channels off the air for ten days.")
    assert m.incident_type == "legal_restriction"


def test_any_under_a_negation_and_in_detention_as_a_state() -> None:
    assert extract("The interior ministry said no police officer had taken part in any attack "
                   "on activists.") == []
    assert extract("He said Telegram had not handed over, and would not hand over, any "
                   "encryption keys to the FSB.") == []
    assert extract("The website became inaccessible a day after the group published a report "
                   "on torture in detention.") == [] or all(
        m.incident_type != "arrest" for m in extract(
            "The website became inaccessible a day after the group published a report on "
            "torture in detention."))
    m = one("Police placed the blogger in detention on Monday over his posts.")
    assert m.incident_type == "arrest"


def test_penalties_laws_set_calls_restricted_and_blackouts_that_began() -> None:
    m = one("The country's 2022 disinformation law, which carries prison terms of up to three "
            "years for spreading false information online, was adopted in May.")
    assert m.incident_type == "legal_restriction"
    types = sorted(m.incident_type for m in extract(
        "Russia restricted calls on WhatsApp and Telegram in August and switched off mobile "
        "internet in several regions."))
    assert types == ["blocking", "internet_shutdown"]
    m = one("Nightly internet blackouts began on 15 February.")
    assert m.incident_type == "internet_shutdown"
    m = one("Earlier this year, hackers linked to the Revolutionary Guards targeted the phones of "
            "activists with fake messages.")
    assert m.incident_type == "surveillance"


def test_a_block_then_a_store_removal_are_two_acts() -> None:
    types = sorted(m.incident_type for m in extract(
        "In India, the government banned TikTok and 58 other Chinese apps in June 2020, and both "
        "Apple and Google removed them from their Indian stores within days."))
    assert types == ["blocking", "takedown"]
    types = [m.incident_type for m in extract(
        "Roskomnadzor ordered Google on Tuesday to remove 47 YouTube videos about the war, and "
        "the company has since made them unavailable in Russia.")]
    assert types == ["takedown"]


def test_access_to_a_whole_platform_blocks_lasting_and_cuts_beside_blocks() -> None:
    m = one("Tanzanian authorities restricted access to X late on Tuesday, according to a network "
            "monitoring group.")
    assert (m.incident_type, m.rule_id, m.platforms) == ("blocking", "blocking.platform",
                                                         ["twitter"])
    m = one("Access to YouTube was cut off in May 2008 and was not restored until late 2010.")
    assert m.incident_type == "blocking"
    types = sorted(m.incident_type for m in extract(
        "Senegal suspended the video-sharing app TikTok on Wednesday, two days after cutting "
        "mobile internet in several parts of the country."))
    assert types == ["blocking", "internet_shutdown"]


def test_scheduled_laws_and_electronic_crimes_acts() -> None:
    assert extract("The new data rules on social media platforms take effect on 28 June.",
                   published=date(2022, 5, 10)) == []
    m = one("August 2016: Parliament passes the Prevention of Electronic Crimes Act.")
    assert m.incident_type == "legal_restriction"


def test_pretext_charges_unrelated_crimes_and_more_harassment_wordings() -> None:
    types = sorted(m.incident_type for m in extract(
        "Police arrested several reporters and staff of Meydan TV in December last year on "
        "similar smuggling charges."))
    assert types == ["arrest"]
    assert extract("Police say they have arrested 30 people in Mbagala for arson and looting "
                   "after a bus was set on fire.") == []
    for text in ("The police came to my parents' flat on Sunday and asked where I was, the "
                 "blogger said.",
                 "At the start of May the reporter was followed home from parliament twice by "
                 "the same two men.",
                 "In February it stripped 94 exiled critics, among them many journalists, of "
                 "their citizenship."):
        assert [m.incident_type for m in extract(text)] == ["harassment"], text


def test_access_switched_off_to_many_platforms() -> None:
    m = one("A month ago, Nepal's government switched off access to 26 social media platforms, "
            "including Facebook and YouTube.")
    assert m.incident_type == "blocking"


def test_what_a_cited_law_punishes_and_a_platform_blocked_by_name() -> None:
    types = [m.incident_type for m in extract(
        "In May, police arrested two well-known bloggers under an article of the penal code that "
        "punishes 'abusing democratic freedoms'.")]
    assert types == ["arrest"]
    types = [m.incident_type for m in extract(
        "In 2013 the authorities blocked Viber and other internet calling apps, saying they were "
        "costing the state telecoms company money.")]
    assert types == ["blocking"]


def test_target_categories_for_staff_outlets_accounts_and_laws() -> None:
    m = one("Agents arrested the chief executive of the news website on Friday over a story.")
    assert m.target_category == "journalist"
    m = one("A radio broadcaster was shot dead in his home studio on Sunday.")
    assert m.target_category == "journalist"
    m = one("Russia has also blocked the websites of the BBC's Russian service and Deutsche Welle.")
    assert m.target_category == "media_outlet"
    m = one("In India, the authorities ordered X in February to withhold 177 accounts linked to "
            "the farmers' protests.")
    assert (m.incident_type, m.target_category) == ("takedown", "social_media_user")
    m = one("President Vladimir Putin on Sunday signed a law that bans the use of VPNs.")
    assert (m.incident_type, m.target_category) == ("legal_restriction", "general_public")


def test_wounds_canisters_and_property_taken() -> None:
    for text in ("On 3 March, a photographer for a local news agency was wounded by a rubber "
                 "bullet in Mandalay while covering a protest.",
                 "In Istanbul, a photographer for a local daily was struck in the head by a "
                 "tear-gas canister fired by riot police on Saturday."):
        assert [m.incident_type for m in extract(text)] == ["attack"], text
    m = one("He was released without charge, but the reporter's laptop and passport were kept.")
    assert (m.incident_type, m.rule_id) == ("harassment", "harassment.property")
    types = [m.incident_type for m in extract(
        "Soldiers beat a freelance photographer in Chitungwiza on Thursday and smashed his "
        "camera.")]
    assert types == ["attack"]


def test_acts_named_as_charges_and_spyware_named_without_an_act() -> None:
    types = [m.incident_type for m in extract(
        "A court in Batumi on Tuesday sentenced the founder of two news sites to two years in "
        "prison for slapping a police chief.")]
    assert types == ["prosecution"]
    assert extract("Lena Hartmann runs a small laboratory that examines phones for spyware on "
                   "behalf of journalists and activists.") == []
    m = one("Forensic researchers found that the phones of two journalists had been infected "
            "with Pegasus in 2021.")
    assert m.incident_type == "surveillance"


def test_dozens_detained_during_one_protest_and_bureaus_raided() -> None:
    m = one("Dozens of journalists were detained while covering protests in Minsk this week, "
            "according to the association.")
    assert (m.incident_type, m.victim_count) == ("arrest", None)
    assert extract("Dozens of journalists have been jailed since 2016, according to the group.") \
        == []
    m = one("On 26 December, the authorities raided the service's Baku bureau and sealed the "
            "office.")
    assert m.incident_type == "harassment"


def test_abductions_by_unknown_men_channels_dropped_and_announcements_on_television() -> None:
    types = [m.incident_type for m in extract(
        "A colleague from a Sudanese daily was taken from his home by men in plain clothes last "
        "night.")]
    assert types == ["attack"]
    m = one("Days earlier, on 13 February, the regulator Conatel ordered cable operators to drop "
            "NTN24, a Colombian news channel.")
    assert m.incident_type == "legal_restriction"
    m = one("The communications minister announced on state television on Saturday evening that "
            "internet access had been suspended across the country.")
    assert m.incident_type == "internet_shutdown"


def test_reports_cited_named_platforms_dated_laws_and_licences_withdrawn() -> None:
    types = [m.incident_type for m in extract(
        "Two content creators who shared clips of it on TikTok were later detained, the report "
        "says.")]
    assert types == ["arrest"]
    m = one("The authorities also blocked the storytelling platform Wattpad in July.")
    assert m.incident_type == "blocking"
    m = one("The ministry acted under a 2021 law on false information that lets it block sites "
            "without a court order.")
    assert m.incident_type == "legal_restriction"
    m = one("Jordan withdrew Al Jazeera's operating licence on 6 June and ordered its Amman office "
            "shut.")
    assert m.incident_type == "legal_restriction"


def test_requests_to_lawmakers_revocations_and_unusable_networks() -> None:
    assert extract("Officials in Manila have asked Congress to pass a law against 'fake news' "
                   "before the next election campaign begins.") == []
    m = one("Prime Minister Hun Sen ordered the revocation of the licence of Voice of Democracy, "
            "an independent radio station, on Monday.")
    assert m.incident_type == "legal_restriction"
    m = one("Mobile internet across Belarus remained largely unusable for a third day on "
            "Wednesday.")
    assert m.incident_type == "internet_shutdown"
    m = one("Several independent news websites, including the portal Tut.by, could not be opened "
            "from inside the country on Monday.")
    assert m.incident_type == "blocking"


def test_calls_for_release_licences_not_renewed_and_foreign_influence_laws() -> None:
    assert extract("The European Parliament called this month for the release of all "
                   "journalists jailed in Azerbaijan.") == []
    types = [m.incident_type for m in extract(
        "In 2021 the state-controlled Media Council refused to renew the frequency licence of "
        "Klubradio, the last major opposition radio station.")]
    assert types == ["legal_restriction"]
    m = one("Kyrgyz President Sadyr Japarov signed a law on Tuesday requiring non-governmental "
            "organisations that receive foreign funding to register as foreign representatives.")
    assert m.incident_type == "legal_restriction"


def test_yearly_tallies_and_ages_are_not_counts() -> None:
    assert extract("At least 60 people were prosecuted under it in 2025, most of them over posts "
                   "about the war.", published=date(2026, 1, 10)) == []
    assert extract("Separately, the report notes that 61 journalists were killed in 2014.") == []
    m = one("In 2024, a Kampala magistrate sentenced a 24-year-old TikTok user to six years in "
            "prison for videos mocking the president.")
    assert (m.incident_type, m.victim_count) == ("prosecution", 1)
    m = one("Police have detained at least 18 people since Monday over social media posts.")
    assert (m.incident_type, m.victim_count) == ("arrest", 18)


def test_acts_as_topics_and_power_plant_breakdowns() -> None:
    assert extract('"Blocking entire platforms is a disproportionate response," said a '
                   'spokeswoman for the group.') == []
    assert extract("A blackout in Matanzas province on Tuesday, caused by a breakdown at a "
                   "thermoelectric plant, also knocked out mobile internet for thousands.") == []


def test_references_to_a_detention_and_undated_repeats_of_broadcast_bans() -> None:
    types = [m.incident_type for m in extract(
        "The same week, the information ministry ordered Instagram to take down a video of his "
        "detention.")]
    assert types == ["takedown"]
    assert extract("The military government has taken foreign broadcasters off the air "
                   "before.") == []


def test_more_cut_surveillance_and_summons_wordings() -> None:
    for text, kind in (
            ("Manipur has been without mobile internet since 3 May, when clashes broke out.",
             "internet_shutdown"),
            ("Belarus dropped almost entirely off the internet on the evening of 9 August.",
             "internet_shutdown"),
            ("The phones of at least two Hungarian investigative journalists were targeted in "
             "2019, according to the consortium.", "surveillance"),
            ("Files leaked in 2021 showed that the security service had been listening in on the "
             "phone calls of journalists.", "surveillance"),
            ("Last week the State Security Service called me in for what they called a "
             "conversation about my reporting.", "arrest")):
        assert [m.incident_type for m in extract(text)] == [kind], text


def test_foreign_agent_designations_are_legal_measures() -> None:
    m = one("On Friday the justice ministry added two exiled journalists and an independent "
            "regional outlet to its register of 'foreign agents'.")
    assert m.incident_type == "legal_restriction"
    m = one("Alina Voronova, a reporter who now lives in Riga, was designated a 'foreign agent' by "
            "the justice ministry in May.")
    assert m.incident_type == "legal_restriction"


def test_sentences_of_restricted_freedom_diplomatic_summons_and_court_orders() -> None:
    types = [m.incident_type for m in extract(
        "A court in Almaty sentenced activist Aigerim Tulegenova to two years of restricted "
        "freedom for Facebook posts on Monday.")]
    assert types == ["prosecution"]
    assert extract("Germany's foreign ministry summoned the Turkish ambassador over the report "
                   "on Tuesday afternoon.") == []
    assert extract("Officials said a licensing system for approved VPN providers would open in "
                   "March.") == []


def test_threats_received_questioning_listening_and_courts_finding_guilty() -> None:
    for text, kind in (
            ("The reporter told colleagues that he received threats after broadcasting the "
             "allegations.", "harassment"),
            ("Several journalists were also questioned by prosecutors over reports on hospital "
             "capacity.", "arrest"),
            ("Lawyers said investigators had listened to the journalists' phone calls for "
             "months.", "surveillance"),
            ("A Hong Kong court on Thursday found two former editors of Stand News guilty of "
             "conspiring to publish seditious material.", "prosecution"),
            ("Mobile internet has been off in the neighbouring Perm region since Sunday.",
             "internet_shutdown")):
        assert [m.incident_type for m in extract(text)] == [kind], text


def test_long_tallies_power_failures_and_releases_from_jail() -> None:
    assert extract("Mexico is one of the most dangerous countries for journalists, with more "
                   "than 100 killed since 2000.") == []
    assert extract("Most of Venezuela has been without reliable power since Thursday, when a "
                   "failure at the Guri hydroelectric dam caused a blackout.") == []
    types = [m.incident_type for m in extract(
        "In January, the state telecommunications company CANTV blocked access to Wikipedia for "
        "several days.")]
    assert types == ["blocking"]
    assert extract("On 9 February, Nicaragua freed 222 political prisoners, among them several "
                   "journalists, from its jails.") == []


def test_police_victims_charges_of_assault_and_roads_blocked() -> None:
    types = [m.incident_type for m in extract(
        "TikTok has been blocked in Jordan since December, when the authorities cut access to the "
        "app after a police officer was killed during protests.")]
    assert "attack" not in types
    types = [m.incident_type for m in extract(
        "Two journalists known for critical reporting were arrested this year on sexual assault "
        "and espionage charges.", published=date(2020, 9, 1))]
    assert "attack" not in types
    m = one("The man, 58, had about 600 followers on X and was arrested in 2022 over his "
            "tweets.", published=date(2024, 1, 1))
    assert m.incident_type == "arrest"


def test_monthly_tallies_across_countries_and_bans_being_prepared() -> None:
    assert extract("Across the month, 23 journalists were detained in 11 countries, and nine were "
                   "still in custody at the end of it.") == []
    assert extract("Iranian officials said on Sunday that a full ban on Telegram was being "
                   "prepared and could come within weeks.") == []


def test_occupied_places_are_not_seizures() -> None:
    types = [m.incident_type for m in extract(
        "In occupied Kherson, a local journalist was abducted by Russian soldiers on Saturday.")]
    assert types == ["attack"]


def test_the_platform_named_earlier_and_youtubers() -> None:
    mentions = extract("Russia's regulator fined Telegram on Monday for refusing to delete "
                       "channels.\n\nOn Friday a Moscow court ordered the messenger blocked "
                       "after the company refused to hand over encryption keys.")
    assert any(m.incident_type == "blocking" and m.platforms == ["telegram"] for m in mentions)
    m = one("In January, the Federal Investigation Agency summoned more than 40 journalists and "
            "YouTubers over their posts.")
    assert "youtube" in m.platforms


def test_people_charged_over_what_they_wrote_are_users() -> None:
    m = one("A court in Addis Ababa on Friday charged a university lecturer who had written "
            "about the protests on Facebook.")
    assert m.target_category == "social_media_user"


def test_blocked_websites_are_outlets_when_no_platform_is_named() -> None:
    m = one("Kloop's website has been blocked in Kyrgyzstan since October 2024.")
    assert (m.incident_type, m.target_category) == ("blocking", "media_outlet")


def test_harassment_of_a_person_at_an_outlet_targets_the_person() -> None:
    m = one("A reporter for the digital newspaper Gato Encerrado said police had stopped him at a "
            "checkpoint and searched him on Monday.")
    assert m.target_category == "journalist"


def test_tv_teams_warnings_slowdowns_and_trials_opened() -> None:
    for text, kind in (
            ("On Saturday, officers at Minsk airport confiscated the cameras of a German "
             "television team.", "harassment"),
            ("Roskomnadzor issued a formal warning to the newspaper Novaya Gazeta on 22 October "
             "over an article.", "harassment"),
            ("Users across Pakistan have been unable to reach X since Saturday evening.",
             "blocking"),
            ("A court in Istanbul on Tuesday opened the trial of eight journalists over their "
             "reports.", "prosecution")):
        assert [m.incident_type for m in extract(text)] == [kind], text


def test_bombs_under_cars_status_stripped_and_homes_sealed() -> None:
    for text, kind in (
            ("In Montenegro, a homemade bomb was found under the car of a reporter for the daily "
             "Dnevni Glas in October 2025.", "attack"),
            ("In December, the Ministry of Information stripped TUT.BY of its status as a "
             "registered media outlet for three months.", "legal_restriction"),
            ("Files leaked in 2021 showed that the service had recorded the phone calls of "
             "journalists between 2016 and 2019.", "surveillance")):
        assert [m.incident_type for m in extract(text, published=date(2026, 1, 5))] == [kind], \
            text
