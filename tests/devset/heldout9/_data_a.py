from _h import I

ARTICLES = []

# ---------------------------------------------------------------- 2701 (wire, Turkey 2013)
s1 = ("IZMIR, Turkey, June 5 (Transcontinental Wire) - Turkish police detained at least 25 people in the "
      "Aegean city of Izmir on Wednesday over messages posted on Twitter that officials said had incited "
      "the public to break the law, the state-run news agency reported.")
s2 = ("Officers carried out dawn raids on 38 addresses and seized computers and mobile phones, according to "
      "a lawyer for several of the detainees, who said most of those held had simply shared information "
      "about where demonstrators were gathering.")
s3 = ("Prime Minister Tayyip Erdogan has called Twitter a \"menace\" and blamed social media for spreading "
      "lies about the police response to the protests, which began a week ago as a sit-in against plans to "
      "build on Gezi Park in Istanbul.")
s4 = ("A senior police official in Izmir denied that anyone had been detained for criticising the "
      "government, saying the suspects had posted false claims meant to spread panic.")
s5 = ("Prosecutors said they were going through thousands of messages and warned that users who retweeted "
      "\"provocative\" posts may also face charges.")
s6 = ("At least three journalists were beaten by riot police while covering clashes near Taksim Square on "
      "Saturday night, the Journalists' Union of Turkey said.")
s6b = "One of them, a cameraman for a private news channel, needed eight stitches to a head wound."
s7 = ("Separately, police in Ankara said they had arrested 14 people suspected of looting shops and setting "
      "fire to cars during the unrest.")
s8 = ("A Brussels-based press freedom coalition urged the Turkish authorities to release everyone held over "
      "social media posts and to stop treating Twitter as a crime scene.")
ARTICLES.append(dict(
    file="2701.html", outlet="W", pub="2013-06-05T17:42:00", author="Deniz Korkmaz", dom="TR",
    kicker="World", slug="turkey-protests-twitter-izmir",
    title="Turkey detains Twitter users in Izmir as protest crackdown widens",
    paras=[s1, s2, s3, s4 + " " + s5, s6 + " " + s6b, s7, s8,
           "(Additional reporting by Selin Aydemir in Istanbul; Writing by Mark Hollis; Editing by Jane Okafor)"],
    ticker=["Iran jails reporter over interview with foreign broadcaster",
            "Syria's internet goes dark for second time in a month",
            "Brazil police fire tear gas at bus fare protesters in Sao Paulo"],
    teasers=[("Gezi protests: what we know so far", "Demonstrators have occupied the park for a week as police use water cannon nearby."),
             ("Azerbaijan blogger held after posting rally video", "Police in Baku detained a blogger who filmed a rally, his lawyer said."),
             ("Vietnam decree limits blogs to personal information", "The rule bars bloggers from sharing news reports, the government says.")],
    comments=[("ozan_k", "My cousin's account was reported to the police just for retweeting a photo."),
              ("Marta L", "Will they block Twitter next? They did it to YouTube for two years.")],
    inc=[
        I("arrest", "TR", ["twitter"], "social_media_user", "police", "Turkish police", 25, "at_least", "2013-06-05", "day", s1),
        I("harassment", "TR", [], "social_media_user", "police", "Officers", None, None, "2013-06-05", "day", s2, inh=True,
          note="raids and seizure of devices; the day comes from the previous sentence (Wednesday); 38 addresses are not people; null date also acceptable"),
        I("attack", "TR", [], "journalist", "police", "riot police", 3, "at_least", "2013-06-01", "day", s6, also=[s6b]),
    ],
    neg=[(s4, "denial"), (s5, "threat"), (s7, "unrelated"), (s8, "call"),
         ("Police in Baku detained a blogger who filmed a rally, his lawyer said.", "furniture"),
         ("Iran jails reporter over interview with foreign broadcaster", "furniture")],
))

# ---------------------------------------------------------------- 2702 (tabloid, UAE 2015)
s1 = ("A father of two from Rotterdam has been jailed for a year in the United Arab Emirates over a single "
      "WhatsApp message in which he called a former colleague an idiot.")
s2 = ("Pieter van Dalen, 34, was handed the 12-month sentence and a fine of 50,000 dirhams by a criminal court "
      "in Abu Dhabi on Tuesday, his sister told the Evening Post last night.")
s3 = ("The engineer was taken into custody at the airport in January when he flew back to the Gulf state for "
      "a short contract, after the colleague reported the message to police.")
s4 = "Officials also confiscated his passport, leaving him stranded in a hotel for seven weeks before his trial began."
s5 = ("His sister Anouk, 31, said: \"He wrote one stupid word in a private chat with a man he had known for "
      "ten years.\"")
s6 = "The family fear he could be deported and banned from returning once he has served his sentence."
s7 = "Campaigners urged the Dutch foreign ministry to press the Emiratis for his early release."
s8 = ("Last year a court in Dubai cleared a British tourist who had been accused of insulting a car hire "
      "firm in a Facebook post.")
s9 = ("Under a cybercrime decree issued in 2012, insulting someone online in the Emirates can bring a prison "
      "term and fines of up to 500,000 dirhams.")
ARTICLES.append(dict(
    file="2702.html", outlet="L", pub="2015-03-11T21:05:00", author="Kees Brandsma", dom="AE",
    kicker="World", slug="dutch-dad-jailed-abu-dhabi-whatsapp",
    caption="Abu Dhabi's skyline. The engineer had worked in the city for three years.",
    title="Dutch dad jailed in Abu Dhabi over 'rude' WhatsApp message",
    paras=[s1, s2, s3 + " " + s4, s5, s6 + " " + s7, s8, s9],
    ticker=["Police raid home of Russian blogger who mocked governor",
            "Pakistan keeps YouTube blocked for third year"],
    teasers=[("Mum arrested over Facebook rant about the mayor", "Police held the 41-year-old for six hours after a post about bin collections."),
             ("Holiday warning: your selfie could land you in a foreign cell", "Seven countries where a careless post can get you into trouble."),
             ("Blogger beaten outside his flat in Baku", "Two men attacked him as he returned from filming a protest.")],
    comments=[("Henk_R", "They locked my neighbour's son up for a month over a tweet in Qatar, be careful out there."),
              ("Sanne", "Idiot is not even a swear word!")],
    inc=[
        I("prosecution", "AE", ["whatsapp"], "social_media_user", "judiciary", "a criminal court in Abu Dhabi", 1, "exact",
          "2015-03-10", "day", s2, also=[s1]),
        I("arrest", "AE", [], "social_media_user", "unknown", None, 1, "exact", "2015-01-01", "month", s3,
          note="passive sentence with no stated actor"),
        I("harassment", "AE", [], "social_media_user", "government", "Officials", 1, "exact", None, None, s4,
          note="confiscation of a passport works as a travel ban"),
        I("legal_restriction", "AE", [], "general_public", "government", None, None, None, "2012-01-01", "year", s9,
          note="a decree described as already issued, dated to its year"),
    ],
    neg=[(s6, "hypothetical"), (s7, "call"), (s8, "acquittal"),
         ("Two men attacked him as he returned from filming a protest.", "furniture"),
         ("They locked my neighbour's son up for a month over a tweet in Qatar, be careful out there.", "furniture")],
))

# ---------------------------------------------------------------- 2703 (monitor, Belarus 2021)
s1 = ("Ales Karnei, 27, who ran a news channel on Telegram with about 18,000 subscribers in the city of "
      "Gomel, was detained by officers of the interior ministry's organised crime directorate, known as "
      "GUBOPiK, on 14 July as he left his flat.")
s2 = ("His relatives said officers searched the flat for several hours and took away two laptops, three "
      "phones and a box of printed leaflets.")
s3 = ("A video published the next day on a pro-government channel showed him with a swollen face, reading "
      "out an apology.")
s4 = ("Speaking to his lawyer a week later, Karnei said he had been beaten in the van on the way to the "
      "directorate until he agreed to unlock his phone.")
s5 = ("Investigators then used his account to post messages in the channel and downloaded the list of its "
      "subscribers, according to two former contributors who have since left the country.")
s6 = ("On 23 July he was charged under Article 361-1 of the Criminal Code with creating an extremist "
      "formation.")
s6b = "If convicted, he could spend up to six years in a penal colony."
s7 = ("A district court in Gomel had declared the channel and its logo \"extremist materials\" in June, making "
      "it an offence to share its posts.")
s8 = ("Press Liberty Watch calls on the Belarusian authorities to release Ales Karnei immediately and to drop "
      "all charges against him.")
s9 = ("According to the Belarusian Association of Journalists, 29 media workers were behind bars in Belarus at "
      "the end of July.")
ARTICLES.append(dict(
    file="2703.html", outlet="P", pub="2021-07-29T10:15:00", author="Hanna Kowalczyk", dom="BY",
    kind="Cases", case_id="PLW-2021-0388", status="Open: in detention", slug="belarus-gomel-telegram-admin",
    title="Belarus: administrator of regional Telegram channel detained and charged with extremism",
    meta=[("Country", "Belarus"), ("Date of incident", "14 July 2021"), ("Type", "Detention; criminal charges"),
          ("Target", "Channel administrator"), ("Platform", "Telegram"), ("Perpetrator", "GUBOPiK (interior ministry)")],
    paras=[s1, s2, s3 + " " + s4, s5, s6 + " " + s6b, s7, s8, s9],
    ticker=["Azerbaijan detains two more journalists from independent outlet",
            "Kyrgyzstan: news site editor summoned over satirical cartoon"],
    teasers=[("Belarus: Belsat reporter sentenced to eight years", "A court in Gomel convicted the reporter of treason on 20 July."),
             ("Russia: regional editor's home searched", "Police searched the home of the editor of a Pskov newspaper and seized her computer."),
             ("Kazakhstan: news site blocked after corruption investigation", "The site has been unavailable since the beginning of June.")],
    comments=[("Olga S.", "The same unit detained my brother in March for a comment on VK."),
              ("anon_minsk", "Please keep publishing these cases, nobody inside the country can.")],
    inc=[
        I("arrest", "BY", ["telegram"], "channel_admin", "police", "officers of the interior ministry's organised crime directorate, known as GUBOPiK",
          1, "exact", "2021-07-14", "day", s1),
        I("harassment", "BY", [], "channel_admin", "police", "officers", 1, "exact", "2021-07-14", "day", s2, inh=True,
          note="search of his flat and seizure of devices; the day is that of the detention in the previous sentence; null also acceptable"),
        I("attack", "BY", [], "channel_admin", "unknown", None, 1, "exact", None, None, s4,
          note="beating in custody; passive, no stated actor; the day of the van ride is only implied"),
        I("surveillance", "BY", [], "channel_admin", "police", "Investigators", None, None, None, None, s5,
          note="takeover of the account and copying of the subscriber list; the channel is a Telegram channel but the sentence does not name the service"),
        I("prosecution", "BY", [], "channel_admin", "unknown", None, 1, "exact", "2021-07-23", "day", s6),
        I("legal_restriction", "BY", [], "media_outlet", "judiciary", "A district court in Gomel", None, None, "2021-06-01", "month", s7,
          note="a court designating a channel extremist is a formal order restricting online expression"),
    ],
    neg=[(s6b, "hypothetical"), (s8, "call"), (s9, "aggregate"),
         ("Police searched the home of the editor of a Pskov newspaper and seized her computer.", "furniture"),
         ("The same unit detained my brother in March for a comment on VK.", "furniture")],
))

# ---------------------------------------------------------------- 2704 (wire, Ethiopia 2016)
s1 = ("ADDIS ABABA, Oct 17 (Transcontinental Wire) - Mobile internet remained cut across much of Ethiopia on "
      "Monday, more than a week after the government switched off data services in the capital and in the "
      "restive Oromiya region.")
s2 = ("Data connections on phones were cut on Oct 6, four days after dozens of people died in a stampede "
      "when security forces fired tear gas at a protest during the Irreecha religious festival.")
s3 = ("Rules issued on Saturday by the command post that enforces a six-month state of emergency ban the use "
      "of social media to contact groups the government calls terrorist organisations and make it an offence "
      "to watch two diaspora television channels.")
s4 = ("Government spokesman Negash Wolde told reporters that data services would be restored \"when the "
      "situation allows\".")
s5 = "He denied that any journalist had been detained under the emergency rules."
s6 = ("But a reporter for a regional weekly was taken into custody in Adama on Friday after photographing a "
      "burned-out flower farm, his editor said.")
s7 = ("In July, the authorities blocked Facebook, Twitter and other social networks nationwide for several "
      "days during university entrance exams, after test papers were leaked online.")
s8 = ("In 2014, researchers found that Ethiopia's intelligence agency had used commercial spyware to target "
      "journalists at ESAT, a satellite channel run by exiles in the United States.")
s9 = ("In April that year, police arrested six bloggers from the Zone 9 collective, all of whom were later "
      "charged under the anti-terrorism law.")
s10 = "The last of them were acquitted in October 2015."
ARTICLES.append(dict(
    file="2704.html", outlet="W", pub="2016-10-17T12:20:00", author="Hiwot Bekele", dom="ET",
    kicker="Africa", slug="ethiopia-mobile-internet-emergency",
    title="Ethiopia keeps mobile internet off as emergency rules ban sharing protest news",
    paras=[s1, s2, s3, s4 + " " + s5, s6, s7, s8, s9 + " " + s10,
           "(Reporting by Hiwot Bekele; Additional reporting by Daniel Mesfin in Nairobi; Editing by Claire Hughes)"],
    ticker=["Gambia cuts international calls ahead of December vote",
            "Turkey orders closure of 15 Kurdish media outlets",
            "Egypt court upholds jail term for photographer"],
    teasers=[("Explainer: what Ethiopia's state of emergency allows", "Curfews, arrests without warrant and limits on diplomats' travel."),
             ("Foreign-owned flower farms torched in Oromiya", "Attackers set fire to at least a dozen farms near Addis Ababa."),
             ("Uganda blocks Facebook and WhatsApp on election day", "The regulator ordered operators to shut off access, citing security.")],
    comments=[("Girma", "My sister in Bahir Dar has had no data for ten days, only SMS."),
              ("T. Haile", "Blocking ESAT has never worked, people just use satellite dishes.")],
    inc=[
        I("internet_shutdown", "ET", [], "general_public", "unknown", None, None, None, "2016-10-06", "day", s2, also=[s1],
          note="passive sentence, so actor unknown; the first sentence names the government"),
        I("legal_restriction", "ET", [], "general_public", "government", "the command post that enforces a six-month state of emergency",
          None, None, "2016-10-15", "day", s3),
        I("arrest", "ET", [], "journalist", "unknown", None, 1, "exact", "2016-10-14", "day", s6),
        I("blocking", "ET", ["facebook", "twitter"], "general_public", "government", "the authorities", None, None, "2016-07-01", "month", s7),
        I("surveillance", "ET", [], "journalist", "security_services", "Ethiopia's intelligence agency", None, None, "2014-01-01", "year", s8,
          note="the targeting is dated only by the year of the findings"),
        I("arrest", "ET", [], "blogger", "police", "police", 6, "exact", "2014-04-01", "month", s9,
          note="'April that year' refers to 2014 in the previous sentence"),
        I("prosecution", "ET", [], "blogger", "unknown", None, 6, "exact", None, None, s9,
          note="'later charged': no date for the charges"),
    ],
    neg=[(s4, "plan"), (s5, "denial"), (s10, "acquittal"),
         ("The regulator ordered operators to shut off access, citing security.", "furniture"),
         ("Turkey orders closure of 15 Kurdish media outlets", "furniture")],
))

# ---------------------------------------------------------------- 2705 (tabloid, Brazil 2024)
s1 = ("Millions of Brazilians woke up to blank timelines today after the country's telecoms regulator told "
      "internet providers to cut off access to X, the social network owned by Elon Musk.")
s2 = ("Supreme Court justice Alexandre de Moraes ordered the nationwide suspension of X late on Friday, after "
      "the company missed a deadline to name a legal representative in Brazil.")
s3 = ("Anyone caught using a VPN to get round the block faces a fine of up to 50,000 reais (about 8,000 "
      "euros) a day under the same order.")
s4 = ("Earlier this year, the judge ordered X to suspend dozens of accounts belonging to people under "
      "investigation for spreading false claims about the 2022 election, a demand Musk publicly refused.")
s5 = ("Musk, 53, called the judge a \"dictator\" and insisted X would never hand over private information "
      "about its users to Brazilian courts.")
s6 = "A panel of five justices will vote on Monday on whether to uphold the suspension."
s7 = "The regulator, Anatel, said it could also go after app stores that keep offering X for download."
s8 = ("In neighbouring Venezuela, President Nicolas Maduro ordered X blocked for ten days earlier this month "
      "after a row with Musk over the disputed presidential election.")
s9 = "Rival app Bluesky said it had gained more than a million Brazilian users in two days."
ARTICLES.append(dict(
    file="2705.html", outlet="L", pub="2024-08-31T09:30:00", author="Femke Oosterhuis", dom="BR",
    kicker="Tech", slug="brazil-pulls-plug-on-x",
    caption="A user in Sao Paulo shows the error message on her phone.",
    title="Brazil pulls the plug on X: millions wake up to blank feeds",
    paras=[s1, s2, s3, s4, s5, s6 + " " + s7, s8, s9],
    ticker=["Influencer held at Schiphol over posts about Gulf royal family",
            "Court orders Telegram to unmask users of protest channel"],
    teasers=[("Musk v the judge: how the row escalated", "From blocked accounts to frozen bank accounts in five months."),
             ("Gamers furious as Discord vanishes in Turkey", "The regulator blocked the chat app, citing child safety."),
             ("Is your VPN legal? We explain the rules country by country", "Some governments fine users; others only block the apps.")],
    comments=[("Ricardo_NL", "My mum in Recife can only get X through a VPN now and she is terrified of the fine."),
              ("Jolien", "Good riddance honestly.")],
    inc=[
        I("blocking", "BR", ["twitter"], "platform", "judiciary", "Supreme Court justice Alexandre de Moraes", None, None,
          "2024-08-30", "day", s2, also=[s1]),
        I("legal_restriction", "BR", ["vpn"], "general_public", "judiciary", None, None, None, "2024-08-30", "day", s3, inh=True,
          note="the fine is part of an order already issued (the previous sentence's Friday order), not a threat; null date also acceptable"),
        I("takedown", "BR", ["twitter"], "social_media_user", "judiciary", "the judge", None, None, "2024-01-01", "year", s4,
          note="'earlier this year' gives the year; dozens gives no count"),
        I("blocking", "VE", ["twitter"], "platform", "government", "President Nicolas Maduro", None, None, "2024-08-01", "month", s8),
    ],
    neg=[(s5, "denial"), (s6, "plan"), (s7, "threat"),
         ("The regulator blocked the chat app, citing child safety.", "furniture"),
         ("Court orders Telegram to unmask users of protest channel", "furniture")],
))

# ---------------------------------------------------------------- 2706 (monitor, Philippines 2023)
s1 = ("Radio broadcaster Renato Villaflor, 57, was shot dead inside his home studio in Calamba, Misamis "
      "Occidental, early on Sunday while he was hosting his morning programme, which was being streamed live "
      "on Facebook.")
s2 = ("Footage from the stream shows a man entering the studio, walking up behind the presenter and firing "
      "twice before running out.")
s3 = ("Police said on Tuesday they had detained a man suspected of acting as a lookout for the gunman, but "
      "the motive for the killing has not been established.")
s4 = ("Villaflor was known for his commentary on illegal logging and on the conduct of local officials, and "
      "colleagues said he had received death threats by text message in October.")
s5 = ("In 2021, an army officer accused him in a Facebook post of sympathising with communist rebels, a "
      "practice known in the Philippines as red-tagging.")
s6 = ("In October 2022, a well-known commentator was shot dead in his car outside his home in Las Pinas, "
      "south of Manila.")
s7 = ("The former head of the national prison service has been charged with murder over that killing and "
      "remains at large.")
s8 = ("At least four journalists have been killed in the Philippines since President Ferdinand Marcos Jr took "
      "office in June 2022, according to a national press union.")
s9 = ("Press Liberty Watch urges the authorities to ensure that those who ordered the killing, and not only "
      "the gunman, are brought to justice.")
ARTICLES.append(dict(
    file="2706.html", outlet="P", pub="2023-11-09T08:00:00", author="Marisol Tan", dom="PH",
    kind="Cases", case_id="PLW-2023-1147", status="Open: investigation", slug="philippines-broadcaster-killed-live",
    title="Philippines: radio host shot dead while broadcasting live on Facebook",
    meta=[("Country", "Philippines"), ("Date of incident", "5 November 2023"), ("Type", "Killing"),
          ("Target", "Broadcaster"), ("Medium", "Radio; Facebook Live"), ("Perpetrator", "Unidentified gunman")],
    paras=[s1, s2, s3, s4, s5, s6 + " " + s7, s8, s9],
    ticker=["India: Kashmiri photojournalist questioned over Instagram posts",
            "Cambodia: online news site loses licence after corruption story"],
    teasers=[("Philippines: community radio station raided in Negros", "Soldiers searched the station and took its transmitter on 2 October."),
             ("Red-tagging: how a label becomes a threat", "Our explainer on a practice that has preceded attacks on reporters."),
             ("Honduras: journalist shot dead in San Pedro Sula", "The reporter was killed two days after denouncing threats on air.")],
    comments=[("Jun D.", "He read my letter on air once. A brave man."),
              ("Press union Mindanao", "Another colleague received a threat this morning after sharing the stream.")],
    inc=[
        I("attack", "PH", ["facebook"], "journalist", "unknown", None, 1, "exact", "2023-11-05", "day", s1, also=[s2]),
        I("harassment", "PH", [], "journalist", "unknown", None, 1, "exact", "2023-10-01", "month", s4,
          note="death threats against a journalist count whoever sends them"),
        I("harassment", "PH", ["facebook"], "journalist", "military", "an army officer", 1, "exact", "2021-01-01", "year", s5,
          note="public red-tagging by an officer coded as intimidation"),
        I("attack", "PH", [], "journalist", "unknown", None, 1, "exact", "2022-10-01", "month", s6),
    ],
    neg=[(s3, "unrelated"), (s7, "unrelated"), (s8, "aggregate"), (s9, "call"),
         ("Soldiers searched the station and took its transmitter on 2 October.", "furniture"),
         ("Another colleague received a threat this morning after sharing the stream.", "furniture")],
))

# ---------------------------------------------------------------- 2707 (wire, Iraq 2019)
s1 = ("BAGHDAD, Oct 7 (Transcontinental Wire) - Internet access returned to parts of Baghdad and southern "
      "Iraq on Monday, although Facebook, WhatsApp and Instagram remained blocked, according to users and an "
      "internet monitoring group.")
s2 = ("The communications ministry cut connections across most of the country late on Wednesday, a day after "
      "protesters angered by unemployment and corruption clashed with security forces in Baghdad and several "
      "southern cities.")
s3 = "Only the semi-autonomous Kurdistan region, which runs its own networks, was spared."
s4 = ("On Saturday, masked gunmen stormed the Baghdad offices of at least three private television channels "
      "that had aired footage of the protests, beating staff and smashing cameras and studio equipment.")
s5 = ("A blogger who had posted videos of the demonstrations on Facebook was taken from his home in "
      "Nasiriyah by men in uniform on Friday night, his brother said, and his whereabouts are unknown.")
s6 = ("A government spokesman said the cut was a \"temporary measure\" to stop saboteurs from coordinating, "
      "and that services would be fully restored once order returned.")
s7 = ("Iraq has in recent years switched off the internet for a few hours a day during national school exams "
      "to stop cheating.")
s8 = ("Police also arrested dozens of people accused of looting and burning government buildings in "
      "Diwaniya, officials said.")
ARTICLES.append(dict(
    file="2707.html", outlet="W", pub="2019-10-07T15:05:00", author="Rana al-Khafaji", dom="IQ",
    kicker="Middle East", slug="iraq-internet-partly-restored",
    title="Iraq partly restores internet after blackout; social media still blocked",
    paras=[s1, s2, s3, s4, s5, s6, s7, s8,
           "(Additional reporting by Ahmed Saadoun in Basra; Writing by Laura Benning; Editing by Pravin Menon)"],
    ticker=["Egypt blocks BBC website after protest coverage",
            "Hong Kong bans face masks under colonial-era emergency law"],
    teasers=[("Timeline: a week of protests in Iraq", "How a rally over jobs turned into the biggest unrest in years."),
             ("Gunmen attack TV stations in Baghdad", "Staff at one channel said attackers took their phones and laptops."),
             ("Iran throttles internet in Khuzestan", "Users reported speeds too slow to load images for two days.")],
    comments=[("Basra_eng", "Our office has been offline since Wednesday, we are sending files by USB stick."),
              ("kareem.h", "They cut it every June for the exams anyway, nobody is surprised.")],
    inc=[
        I("blocking", "IQ", ["facebook", "whatsapp", "instagram"], "general_public", "unknown", None, None, None, None, None, s1,
          note="standing block of named platforms after partial restoration; no date for the block itself"),
        I("internet_shutdown", "IQ", [], "general_public", "government", "The communications ministry", None, None,
          "2019-10-02", "day", s2),
        I("attack", "IQ", [], "journalist", "non_state", "masked gunmen", None, None, "2019-10-05", "day", s4,
          note="television staff of unstated number: count null"),
        I("attack", "IQ", ["facebook"], "blogger", "unknown", "men in uniform", 1, "exact", "2019-10-04", "day", s5,
          note="abduction with whereabouts unknown is coded as attack"),
    ],
    neg=[(s3, "denial"), (s6, "plan"), (s7, "aggregate"), (s8, "unrelated"),
         ("Staff at one channel said attackers took their phones and laptops.", "furniture"),
         ("Egypt blocks BBC website after protest coverage", "furniture")],
))

# ---------------------------------------------------------------- 2708 (tabloid, Senegal 2023)
s1 = ("Holidaymakers in Dakar have been left unable to message home after Senegal's government suspended "
      "mobile internet in several areas on Sunday, blaming \"hateful and subversive messages\" spread online "
      "during deadly riots.")
s2 = ("The communications ministry said data would be switched off at certain hours and only in areas where "
      "calls to violence were circulating.")
s3 = ("The same ministry had already restricted access to Facebook, WhatsApp, Instagram, YouTube and TikTok "
      "on Thursday, as riots broke out after opposition leader Ousmane Sonko was sentenced to two years in "
      "prison.")
s4 = "At least 16 people have been killed in clashes between protesters and police since Thursday, officials said."
s5 = ("A reporter for an online news site was held for several hours by gendarmes on Friday after filming "
      "burning barricades in the capital, a press union said.")
s6 = ("Student Lotte Meijer, 22, from Utrecht, said: \"I had to walk to a hotel with wifi just to tell my mum "
      "I was OK.\"")
s7 = "The government said the restrictions would be lifted \"as soon as calm returns\"."
s8 = "Fixed-line broadband in homes and hotels was not affected."
s9 = ("In March 2021, the broadcasting regulator took two private television channels off the air for 72 "
      "hours over their coverage of earlier unrest.")
ARTICLES.append(dict(
    file="2708.html", outlet="L", pub="2023-06-06T18:40:00", author="Joris de Wit", dom="SN",
    kicker="Travel", slug="senegal-mobile-data-cut-tourists",
    caption="A street in Dakar's Medina district on Saturday evening.",
    title="Holiday hell as Senegal pulls the plug on mobile data during riots",
    paras=[s1, s2, s3, s4, s5, s6, s7 + " " + s8, s9],
    ticker=["Police arrest TikToker over 'fake kidnapping' video",
            "Mobile data cut in Mauritania after exam results leak"],
    teasers=[("Stranded abroad without data? Here's what to do", "Our travel desk on roaming, wifi and staying in touch."),
             ("Rapper jailed over song lyrics posted on YouTube", "The court handed him an 18-month sentence on Monday."),
             ("Why your airline app keeps crashing", "Airports blame a software update for delays.")],
    comments=[("Fenna_travels", "We were in Saint-Louis and the data went off every evening at six."),
              ("Bas", "Just use a VPN, works fine.")],
    inc=[
        I("internet_shutdown", "SN", [], "general_public", "government", "Senegal's government", None, None, "2023-06-04", "day", s1,
          also=[s2], note="targeted mobile data cuts in several areas"),
        I("blocking", "SN", ["facebook", "whatsapp", "instagram", "youtube", "tiktok"], "general_public", "government",
          "The same ministry", None, None, "2023-06-01", "day", s3),
        I("arrest", "SN", [], "journalist", "police", "gendarmes", 1, "exact", "2023-06-02", "day", s5),
        I("legal_restriction", "SN", [], "media_outlet", "regulator", "the broadcasting regulator", None, None, "2021-03-01", "month", s9,
          note="a regulator's suspension of broadcasters coded as a formal order, like a licence withdrawal"),
    ],
    neg=[(s4, "other_sense"), (s7, "plan"), (s8, "denial"),
         ("The court handed him an 18-month sentence on Monday.", "furniture"),
         ("Mobile data cut in Mauritania after exam results leak", "furniture")],
))

# ---------------------------------------------------------------- 2709 (monitor, annual report 2022)
s1 = ("Press Liberty Watch recorded 1,284 violations of press and online freedom in 2022, the highest figure "
      "since our monitoring began in 2011.")
s2 = ("At the end of the year, 389 journalists and bloggers were in prison worldwide in connection with their "
      "work, and 42 had been killed during the year.")
s3 = ("In Myanmar, a military court sentenced photojournalist Aung Kyaw Moe to ten years in prison with hard "
      "labour in September for allegedly spreading information that could harm the state.")
s4 = ("In Afghanistan, Taliban intelligence officers detained two reporters for a local television station in "
      "Kabul in August and held them for 11 days without charge.")
s5 = ("Iran cut mobile internet in Kurdish areas and imposed a nightly \"digital curfew\" during the protests "
      "that began in September.")
s6 = "Instagram and WhatsApp, the last major foreign platforms still available there, were blocked across the country at the same time."
s7 = ("In August, Nicaragua's telecommunications regulator forced seven radio stations run by the Catholic "
      "diocese of Matagalpa off the air by withdrawing their licences.")
s8 = ("In Guatemala, police and prosecutors raided the offices of a leading daily newspaper in July and "
      "arrested its founder, who had published investigations into government corruption.")
s9 = ("In Haiti, two journalists were shot dead by gang members in January while reporting on gang violence "
      "on the outskirts of Port-au-Prince.")
s10 = "Over the year, at least eight media workers were killed in Ukraine while reporting on the war."
s11 = ("Russian authorities said they had blocked more than 200,000 web pages during the year, a fourfold "
       "increase on 2021.")
s12 = ("\"We call on governments to free every journalist held for their work and to stop using connectivity "
       "as a weapon,\" said Press Liberty Watch's director, Amira Costa.")
ARTICLES.append(dict(
    file="2709.html", outlet="P", pub="2023-01-19T07:00:00", author="Amira Costa", dom=None,
    kind="Reports", case_id="PLW-AR-2022", status="Annual report", slug="2022-in-review",
    title="2022 in review: a record year for jailed journalists, and for shutdowns",
    meta=[("Period", "1 January to 31 December 2022"), ("Countries covered", "97"), ("Type", "Annual report"),
          ("Violations recorded", "1,284")],
    paras=[s1 + " " + s2, s3, s4, s5 + " " + s6, s7, s8, s9, s10 + " " + s11, s12],
    ticker=["Uzbekistan: blogger sentenced to seven years over YouTube videos",
            "Peru: two reporters injured by pellets at Lima protest"],
    teasers=[("Methodology: how we count violations", "Our monitors verify every case with at least two sources."),
             ("Myanmar: two years of junta rule in numbers", "The military has revoked the licences of at least 14 media outlets."),
             ("Shutdowns 2022: a country-by-country map", "Authorities cut connectivity in 35 countries, our partners found.")],
    comments=[("R. Mendes", "The Guatemala case deserves its own report."),
              ("kabul_fixer", "Two more colleagues were taken by intelligence officers last week, no news since.")],
    inc=[
        I("prosecution", "MM", [], "journalist", "judiciary", "a military court", 1, "exact", "2022-09-01", "month", s3),
        I("arrest", "AF", [], "journalist", "security_services", "Taliban intelligence officers", 2, "exact", "2022-08-01", "month", s4),
        I("internet_shutdown", "IR", [], "general_public", "government", "Iran", None, None, "2022-09-01", "month", s5,
          note="regional mobile cuts and nightly curfews during the protests that began in September"),
        I("blocking", "IR", ["instagram", "whatsapp"], "general_public", "unknown", None, None, None, "2022-09-01", "month", s6, inh=True,
          note="'at the same time' inherits September from the previous sentence; null also acceptable"),
        I("legal_restriction", "NI", [], "media_outlet", "regulator", "Nicaragua's telecommunications regulator", None, None,
          "2022-08-01", "month", s7, note="licence withdrawal coded as a formal order; stations are not people"),
        I("harassment", "GT", [], "media_outlet", "police", "police and prosecutors", None, None, "2022-07-01", "month", s8,
          note="raid on a newsroom; the arrest in the same sentence is a separate entry"),
        I("arrest", "GT", [], "journalist", "police", "police and prosecutors", 1, "exact", "2022-07-01", "month", s8),
        I("attack", "HT", [], "journalist", "non_state", "gang members", 2, "exact", "2022-01-01", "month", s9),
    ],
    neg=[(s1, "aggregate"), (s2, "aggregate"), (s10, "aggregate"), (s11, "aggregate"), (s12, "call"),
         ("The military has revoked the licences of at least 14 media outlets.", "furniture"),
         ("Two more colleagues were taken by intelligence officers last week, no news since.", "furniture")],
))

# ---------------------------------------------------------------- 2710 (wire, Gabon 2023)
s1 = ("LIBREVILLE, Aug 28 (Transcontinental Wire) - Internet access in Gabon remained cut on Monday for a "
      "third day, as the country waited for the results of Saturday's presidential, legislative and local "
      "elections.")
s2 = ("Communications minister Jean-Paul Obame announced on state television late on Saturday that internet "
      "access would be suspended \"until further notice\", shortly before polls closed, and a nightly curfew "
      "was imposed at the same time.")
s3 = ("The High Authority for Communication also suspended the broadcasts of France 24, RFI and TV5 Monde, "
      "accusing the French outlets of a lack of objectivity and balance in their election coverage.")
s4 = ("A government spokesman said connections would be restored \"once the results are proclaimed and calm "
      "is assured\".")
s5 = ("Gabon also cut the internet for several days in 2016, when protests erupted after President Ali Bongo "
      "was declared the winner of a disputed election.")
s6 = "Connections were cut again for more than a day in January 2019, during a failed coup attempt by a group of soldiers."
s7 = ("Opposition candidate Albert Ondo Ossa urged the government to restore the internet so that observers "
      "could follow the count.")
s8 = ("Facebook's parent company said last week it had removed a network of fake accounts that posed as "
      "Gabonese news pages, but that it had found no link to any government.")
ARTICLES.append(dict(
    file="2710.html", outlet="W", pub="2023-08-28T11:10:00", author="Sylvie Mba", dom="GA",
    kicker="Africa", slug="gabon-internet-cut-election",
    title="Gabon internet cut for third day as election count drags on",
    paras=[s1, s2, s3, s4, s5 + " " + s6, s7, s8,
           "(Reporting by Sylvie Mba; Additional reporting by Edouard Mvele in Yaounde; Editing by Tom Ferrier)"],
    ticker=["Niger junta suspends French broadcaster's signal",
            "Zimbabwe election observers report slow mobile data in Harare"],
    teasers=[("Gabon's election explained", "Ali Bongo is seeking a third term against a late-starting opposition alliance."),
             ("Sahel: where foreign broadcasters are banned", "Mali and Burkina Faso suspended RFI and France 24 last year."),
             ("Chad cuts internet after disputed vote count", "Operators were ordered to switch off mobile data for 48 hours.")],
    comments=[("libreville_dev", "Even the banks' apps don't work, we are paying cash for everything."),
              ("M. Ndong", "They did the same in 2016 and it changed nothing.")],
    inc=[
        I("internet_shutdown", "GA", [], "general_public", "government", "Communications minister Jean-Paul Obame", None, None,
          "2023-08-26", "day", s2, also=[s1]),
        I("blocking", "GA", ["france 24", "rfi", "tv5 monde"], "media_outlet", "regulator", "The High Authority for Communication",
          None, None, None, None, s3,
          note="suspension of named foreign broadcasters inside the country coded as blocking; no date in the sentence"),
        I("internet_shutdown", "GA", [], "general_public", "government", "Gabon", None, None, "2016-01-01", "year", s5),
        I("internet_shutdown", "GA", [], "general_public", "unknown", None, None, None, "2019-01-01", "month", s6),
    ],
    neg=[(s4, "plan"), (s7, "call"), (s8, "moderation"),
         ("Mali and Burkina Faso suspended RFI and France 24 last year.", "furniture"),
         ("Niger junta suspends French broadcaster's signal", "furniture")],
))
