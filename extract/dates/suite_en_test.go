package dates_test

// enSuite holds short English expressions with a reference date, in the
// manner of the public test suites of date libraries (duckling's corpus
// with its anchor 2013-02-12, a Tuesday; Recognizers-Text's date specs
// with 2016-11-07, a Monday; search tests over running prose), written for
// this project. The expected values follow the GUIDELINE and the
// conventions of suite.go.
const enSuite = `
# --- anchored on Tuesday 2013-02-12
2013-02-12 | today | 2013-02-12
2013-02-12 | yesterday | 2013-02-11
2013-02-12 | tomorrow | 2013-02-13
~2013-02-12 | monday | 2013-02-18
~2013-02-12 | Mon. | 2013-02-18
~2013-02-12 | on Tuesday | 2013-02-19
2013-02-12 | thursday | 2013-02-14
2013-02-12 | Sunday | 2013-02-17
2013-02-12 | Sunday, Feb 10 | 2013-02-10
2013-02-12 | the 1st of march | 2013-03-01
2013-02-12 | march 3rd | 2013-03-03
2013-02-12 | march 3 2015 | 2015-03-03
2013-02-12 | on the 15th | 2013-02-15
2013-02-12 | 15th february | 2013-02-15
2013-02-12 | Aug 8 | 2013-08-08
2013-02-12 | October 2014 | 2014-10
2013-02-12 | 10/31/1974 | 1974-10-31
2013-02-12 | April 14, 2015 | 2015-04-14
2013-02-12 | next tuesday | 2013-02-19
2013-02-12 | friday after next | 2013-02-22
2013-02-12 | next March | 2014-03
2013-02-12 | this week | 2013-W07
2013-02-12 | last week | 2013-W06
2013-02-12 | next week | 2013-W08
2013-02-12 | the week after next | 2013-W09
2013-02-12 | the week before last | 2013-W05
2013-02-12 | last month | 2013-01
2013-02-12 | next month | 2013-03
2013-02-12 | this quarter | 2013
2013-02-12 | the third quarter | 2013
2013-02-12 | 4th quarter 2018 | 2018
2013-02-12 | Q3 2024 | 2024
2013-02-12 | last year | 2012
2013-02-12 | this year | 2013
2013-02-12 | next year | 2014
2013-02-12 | last sunday | 2013-02-10
2013-02-12 | last tuesday | 2013-02-05
2013-02-12 | next wednesday | 2013-02-13
2013-02-12 | wednesday of next week | 2013-02-20
2013-02-12 | friday next week | 2013-02-22
2013-02-12 | the day after tomorrow | 2013-02-14
2013-02-12 | the day before yesterday | 2013-02-10
2013-02-12 | last Monday of March | 2013-03-25
2013-02-12 | last Sunday of March 2014 | 2014-03-30
2013-02-12 | third day of october | 2013-10-03
2013-02-12 | last day of october 2015 | 2015-10-31
2013-02-12 | first tuesday of october | 2013-10-01
2013-02-12 | third tuesday of september 2014 | 2014-09-16
2013-02-12 | first wednesday of october 2014 | 2014-10-01
2013-02-12 | second wednesday of october 2014 | 2014-10-08
2013-02-12 | the first Monday of March | 2013-03-04
2013-02-12 | in 3 days | 2013-02-15
2013-02-12 | 3 years from today | 2016
2013-02-12 | 7 days ago | 2013-02-05
2013-02-12 | 14 days ago | 2013-01-29
2013-02-12 | a week ago | 2013-02-05
2013-02-12 | three weeks ago | 2013-01-22
2013-02-12 | three months ago | 2012-11
2013-02-12 | two years ago | 2011
2013-02-12 | 7 days hence | 2013-02-19
2013-02-12 | christmas | 2013-12-25
2013-02-12 | xmas | 2013-12-25
2013-02-12 | new year's eve | 2013-12-31
2013-02-12 | valentine's day | 2013-02-14
2013-02-12 | halloween | 2013-10-31
2013-02-12 | thanksgiving | 2013-11-28
2013-02-12 | easter | 2013-03-31
2013-02-12 | Easter 2024 | 2024-03-31
2013-02-12 | Good Friday 2024 | 2024-03-29
2013-02-12 | this weekend | 2013-W07
2013-02-12 | last weekend | 2013-W06
2013-02-12 | tonight | 2013-02-12
2013-02-12 | tomorrow at noon | 2013-02-13
2013-02-12 | at 3am | -
2013-02-12 | 3:30 pm | -
2013-02-12 | noon | -
2013-02-12 | July 13-15 | 2013-07-13 2013-07-15
2013-02-12 | from July 13 to 15 | 2013-07-13 2013-07-15
2013-02-12 | Aug 8 - Aug 12 | 2013-08-08 2013-08-12
2013-02-12 | 3 hours ago | 2013-02-12
2013-02-12 | 24 hours ago | 2013-02-11
2013-02-12 | in 2 hours | 2013-02-12
2013-02-12 | 5 minutes ago | 2013-02-12
2013-02-12 | 2/15 | 2013-02-15
2013-02-12 | 31/10/1974 | 1974-10-31
2013-02-12 | 1974-10-31 | 1974-10-31
2013-02-12 | 31st of October 1974 | 1974-10-31
2013-02-12 | in 2014 | 2014
2013-02-12 | the summer of 2014 | 2014
2013-02-12 | summer 2024 | 2024
2013-02-12 | the 2023-24 season | 2023 2024
2013-02-12 | Oct/2 | 2013-10-02
2013-02-12 | by the end of the week | 2013-W07
2013-02-12 | early next year | 2014
2013-02-12 | late last month | 2013-01
2013-02-12 | mid-February | 2013-02
2013-02-12 | in mid-2014 | 2014

# --- anchored on Monday 2016-11-07
2016-11-07 | I'll go back on 15 | 2016-11-15
2016-11-07 | I'll go back Oct. 2 | 2017-10-02
2016-11-07 | I'll go back on October 2nd | 2017-10-02
~2016-11-07 | I'll go back Tues. | 2016-11-08
2016-11-07 | I'll go back on Friday | 2016-11-11
2016-11-07 | I went back on Friday | 2016-11-04
2016-11-07 | I'll go back today | 2016-11-07
2016-11-07 | I'll go back tomorrow | 2016-11-08
2016-11-07 | I'll go back 2015/08/12 | 2015-08-12
~2016-11-07 | I'll go back 8/12/2015 | 2015-08-12
2016-11-07 | I'll go back on the 27th | 2016-11-27
2016-11-07 | I'll go back the day after tomorrow | 2016-11-09
2016-11-07 | I'll go back on Sunday the 13th | 2016-11-13
2016-11-07 | I'll be back in 2 weeks | 2016-11-21
2016-11-07 | I'll be out next week | 2016-W46
2016-11-07 | I was out last week | 2016-W44
2016-11-07 | It happened 3 days ago | 2016-11-04
2016-11-07 | I'll see you two weeks from now | 2016-11-21
2016-11-07 | I'll go back this Friday | 2016-11-11
2016-11-07 | I'll go back next Sunday | 2016-11-13
2016-11-07 | I went back last Sunday | 2016-11-06
2016-11-07 | the first Friday of July 2015 | 2015-07-03
2016-11-07 | I'll go back Monday the 21st | 2016-11-21
2016-11-07 | 22nd of April | 2016-04-22
2016-11-07 | I'll be back on Oct/2 | 2017-10-02
2016-11-07 | I'll be out in Jan | 2017-01
2016-11-07 | I was out in Jan | 2016-01
2016-11-07 | I'll be out this month | 2016-11
2016-11-07 | I'll be out next year | 2017
2016-11-07 | I was out the week before last | 2016-W43
2016-11-07 | I'll go back the week after next | 2016-W47
2016-11-07 | It will happen in 2017 | 2017
2016-11-07 | between Nov 10 and Nov 12 | 2016-11-10 2016-11-12
2016-11-07 | from Jan 3 to Jan 5 2017 | 2017-01-03 2017-01-05
2016-11-07 | 2016-12-01 | 2016-12-01
2016-11-07 | Dec 1st 2016 | 2016-12-01
2016-11-07 | 1st Dec | 2016-12-01

# --- news sentences, anchored on Tuesday 2024-07-09 unless said
2023-09-20 | The plan, first proposed at the group's May summit, will be run by Poland. | 2023-05
2024-07-09 | The fund, launched in March, will pay out next year. | 2024-03 2025
2024-07-09 | Officials said the convoy will arrive on Thursday. | 2024-07-11
2024-07-09 | The convoy arrived on Thursday, officials said, and will leave again on Monday. | 2024-07-04 2024-07-15
2024-07-09 | The minister is due to visit Kyiv on 2 August. | 2024-08-02
2024-07-09 | The minister is expected to sign the deal in September. | 2024-09
2024-07-09 | Parliament is going to vote on 15 July. | 2024-07-15
2024-07-09 | Ukraine plans to hold talks in October. | 2024-10
2024-07-09 | The exhibition, which opened in May, runs until 30 September. | 2024-05 2024-09-30
2024-07-09 | She'll travel to Rome on the 20th. | 2024-07-20
2024-07-09 | The talks ended on the 3rd. | 2024-07-03
2024-07-09 | We'll meet on Friday. | 2024-07-12
2024-07-09 | Last Friday's attack killed five people. | 2024-07-05
2024-07-09 | The United Nations will convene on 18 July. | 2024-07-18
2024-07-09 | The armed forces will hold drills in August. | 2024-08
2024-07-09 | The ceasefire, agreed in June, collapsed on Sunday. | 2024-06 2024-07-07
2024-07-09 | Kyiv said on Monday that the jets would arrive by August. | 2024-07-08 2024-08
2024-07-09 | Voting, which began on Saturday, will close on Wednesday. | 2024-07-06 2024-07-10
2024-07-09 | The 2024 Olympics open in Paris this month. | 2024 2024-07
2024-07-09 | The report lists 2023 as the peak year for exports. | 2023
2024-07-09 | Three hours ago the sirens sounded in Odesa. | 2024-07-09
2024-07-09 | Sales fell in the 2022-23 fiscal year. | -

# --- negatives
2024-07-09 | at 3pm | -
2024-07-09 | 15:30 | -
2024-07-09 | for three days | -
2024-07-09 | for 6 months | -
2024-07-09 | the 3rd time | -
2024-07-09 | open 24/7 | -
2024-07-09 | The score was 2-1. | -
2024-07-09 | Call +1 202 555 0143 today. | 2024-07-09
2024-07-09 | Call +1 202 555 0143. | -
2024-07-09 | It costs $1,999. | -
2024-07-09 | It costs $2,024. | -
2024-07-09 | the 21st century | -
2024-07-09 | a 3-day visit | -
2024-07-09 | two years | -
2024-07-09 | ISO 9001 certified | -
2024-07-09 | He scored 2 goals in 3 games. | -
2024-07-09 | Windows 10 | -
2024-07-09 | 1,000 troops | -
2024-07-09 | the 2nd battalion | -
2024-07-09 | May I help you? | -
2024-07-09 | the march was peaceful | -
2024-07-09 | the 45th president | -
2024-07-09 | 3.5 million | -
2024-07-09 | Section 12.3 | -

# --- prose with full dates
- | The bridge opened to traffic on 12 August 1964 after six years of work. | 1964-08-12
- | Between 1939 and 1945 the city was occupied twice. | 1939 1945
- | He was born in Lviv in 1890 and died in Paris on March 3, 1961. | 1890 1961-03-03
- | The treaty signed on 28 June 1919 ended the war. | 1919-06-28
- | In January 1918 the republic declared independence. | 1918-01
- | The company was founded in 1998 and listed in 2004. | 1998 2004
- | On 24 August 1991 parliament adopted the act. | 1991-08-24
- | The census of 2001 counted 48 million people. | 2001
- | From 1 July 2013 Croatia was a member. | 2013-07-01
- | The law took effect in the spring of 2015. | 2015
- | The loan must be repaid by December 31, 2025. | 2025-12-31
- | The station was closed on Friday, 13 November 2015, for repairs. | 2015-11-13
- | Construction lasted from May 1931 to April 1933. | 1931-05 1933-04
- | The archive covers the years 1945-1960. | 1945 1960
# --- second blind round, anchored on Wednesday 2024-03-13
2024-03-13 | The summit is scheduled for next Thursday. | 2024-03-14
2025-06-17 | Meloni used the visit to promote the conference she is hosting in Rome on July 10. | 2025-07-10
2025-06-17 | Meloni used the visit to praise the conference she hosted in Rome on July 10. | 2024-07-10
2024-03-13 | The ministers met last Thursday in Brussels. | 2024-03-07
2024-03-13 | Zelensky will travel to Washington later this month. | 2024-03
2024-03-13 | Earlier this week, the parliament approved the bill. | 2024-W11
2024-03-13 | Talks are set to resume on March 20. | 2024-03-20
2024-03-13 | The package, approved on February 28, includes 30 tanks. | 2024-02-28
2024-03-13 | Since February 24, 2022, more than six million people have fled. | 2022-02-24
2024-03-13 | The agreement expires at the end of April. | 2024-04
2024-03-13 | In the first half of 2024, exports rose by 8%. | 2024
2024-03-13 | Between 10 and 12 March, drones attacked Odesa. | 2024-03-10 2024-03-12
2024-03-13 | The next meeting will take place on 11–12 April in Kyiv. | 2024-04-11 2024-04-12
2024-03-13 | A year ago, the front line looked different. | 2023
2024-03-13 | The new law enters into force on 1 January 2025. | 2025-01-01
2024-03-13 | By mid-March, the first jets had arrived. | 2024-03
2024-03-13 | He spoke by phone with his counterpart on Tuesday evening. | 2024-03-12
2024-03-13 | On the night of 12 to 13 March, Russia launched 40 drones. | 2024-03-12 2024-03-13
2024-03-13 | The 2014 Wales summit set the 2% target. | 2014
2024-03-13 | The war entered its third year in February. | 2024-02
2024-03-13 | Sunday's vote was calm. | 2024-03-10
2024-03-13 | Friday's meeting will focus on air defence. | 2024-03-15
2024-03-13 | The data for Q4 2023 show growth. | 2023
2023-11-20 | The COP28 summit opens in Dubai; the F16 jets arrive. | -
2023-11-20 | Law 5 of 2020 changed the rules, and only 5 of 2000 applicants passed. | 2020
2024-12-20 | On 25 December 2024, Christmas Day, the church will be full. | 2024-12-25
2024-12-20 | On 20 April 2025, a Sunday, he will speak. | 2025-04-20
2024-03-13 | In the third quarter, output fell. | 2023
2024-03-13 | Over the past two weeks, shelling intensified. | -
2024-03-13 | The minister has served since 2019. | 2019
2024-03-13 | The contract runs through 2027. | 2027
2024-03-13 | She was appointed on 5 September 2023 and took office a day later. | 2023-09-05
2024-03-13 | Deliveries are expected within six months. | -
2024-03-13 | The deadline is 31 March. | 2024-03-31
2024-03-13 | A ceasefire took effect at midnight on Sunday. | 2024-03-10
2024-03-13 | The council will meet again in two weeks. | 2024-03-27
2024-03-13 | Two days later, the bridge was hit. | -
2024-03-13 | The attack happened at 3:40 a.m. on Thursday. | 2024-03-07
2024-03-13 | Published 13 March 2024, 10:45 | 2024-03-13
2024-03-13 | Updated: 03/13/2024 | 2024-03-13
2024-03-13 | The fiscal year 2023/24 ended in March. | 2024-03
2024-03-13 | the talks in Geneva last December | 2023-12
2024-03-13 | in December last year | 2023-12
2024-03-13 | the December 2023 summit | 2023-12
2024-03-13 | the summit of 14–15 December | 2023-12-14 2023-12-15
2024-03-13 | on 29 February | 2024-02-29
2024-03-13 | early April | 2024-04
2024-03-13 | in the coming days | -
2024-03-13 | this spring | 2024
2024-03-13 | Christmas Day 2023 | 2023-12-25
2024-03-13 | Monday, March 11 | 2024-03-11
2024-03-13 | the 2025-26 budget | -
2024-03-13 | the 2025-26 season | 2025 2026
2024-03-13 | by 2030 | 2030
2024-03-13 | 40% of 2,000 respondents | -
2024-03-13 | Arsenal won 3-0. | -
2024-03-13 | Flight BA 2024 is delayed. | -
2024-03-13 | last Friday's meeting | 2024-03-08
2024-03-13 | the vote on Friday, March 15 | 2024-03-15
2024-03-13 | the session of 8 March | 2024-03-08
2024-03-13 | the night before last | 2024-03-11
2024-03-13 | this Thursday | 2024-03-14
2024-03-13 | until Friday | 2024-03-15
# --- third blind round: schedules, starts, intentions, same year
2024-02-01 | Unions have called a nationwide strike for 9 February. | 2024-02-09
2024-02-01 | The figures for January were revised. | 2024-01
2022-07-26 | Gazprom blamed the new cut, to 20 percent of capacity from Wednesday, on a turbine. | 2022-07-27
2022-07-26 | The strike lasted from Wednesday to Friday. | 2022-07-20 2022-07-22
2022-12-16 | Russian troops used Belarus to attack Kyiv in February. | 2022-02
2024-02-27 | Farmers threaten to return to the streets in March. | 2024-03
2026-02-09 | The bid was filed on 28 February 2022, and on 23 June of the same year Ukraine became a candidate. | 2022-02-28 2022-06-23
2025-06-06 | Organisers have trimmed the meeting to a dinner on 24 June. | 2025-06-24
2025-06-06 | Prices have risen steadily since March. | 2025-03
2025-06-06 | The bank has already cut rates in February. | 2025-02
# a demonstrative takes the narrative's year; "that" as a conjunction does not
2025-06-06 | The mill closed in 2019. That September, its workers occupied the gates. | 2019 2019-09
2025-06-06 | The levy was set in March 2021, and by that June the first payments were due. | 2021-03 2021-06
2025-06-06 | The mill closed in 2019. The owners said that September orders had collapsed. | 2019 2024-09
2025-06-06 | That September, its workers occupied the gates. | 2024-09
# "since" puts its date in the past, even after a perfect
2022-12-17 | Europe has been short of gas since Russia's invasion of Ukraine in February. | 2022-02
2022-12-17 | Prices have risen since February. | 2022-02
2022-12-17 | Prices will be frozen since February. | 2023-02
# a ratio of counts is no year
2025-05-16 | They agreed to swap prisoners on a 1000 for 1000 basis. | -
# what is awaited lies ahead, whatever the tense of the verb before it
2025-08-02 | The leaders looked forward to their next meeting in Apia in September. | 2025-09
2025-08-02 | They sent greetings ahead of the country's national day on 16 September. | 2025-09-16
2025-08-02 | They sent greetings after the country's national day on 16 September. | 2024-09-16
# a plan told in the past lies on whichever side is nearer
2025-08-24 | The minister's visit had been planned for April but was postponed after the attack. | 2025-04
2025-08-24 | The summit was expected in October. | 2025-10
2025-08-24 | The visit is planned for April. | 2026-04
# irregular pasts
2025-05-03 | The court upheld the ban on January 17th, and the president has twice extended the deadline. | 2025-01-17
# a name's initial ends no sentence (a lone capital that does end one is a gap)
2024-11-16 | In January, when Foreign Minister S. Jaishankar was in Kathmandu, the two sides signed a deal. | 2024-01
2024-11-16 | In January the plan was approved by Plan B. Workers will strike. | 2024-01
# a repeated day with no tense of its own takes its other mention's
2024-11-07 | Confidence vote on January 15. Scholz will ask for a confidence vote on January 15. | 2025-01-15
# an ordinal word alone is a pronoun
2025-10-06 | The new unit is the last step of a stabilisation, not the first. | -
2025-10-06 | The reform was passed on the 1st. | 2025-10-01
# an intention word after an article is a noun; "extended" is a past
2025-10-01 | The fixed price was a central promise before the September 8 election. | 2025-09-08
2025-12-09 | Growers are sore about the swap line Bessent extended to Argentina in October. | 2025-10
2025-06-09 | The government plans to vote in October. | 2025-10
2025-06-09 | They have a plan to vote in October. | 2025-10
2025-06-09 | The deadline was extended until 31 July. | 2025-07-31
# a deadline takes the past of its sentence beyond its clause
2024-06-04 | Voting lasted seven phases, from April 19 to June 1. | 2024-04-19 2024-06-01
# a relative year before a month gives it its year: one date, not two
2025-09-12 | Last year in June the court ruled against the plan. | 2024-06
# a verb in "-s" right after a relative is the clause's present: the nearer side
2025-11-06 | The budget forecasts a deficit for the fiscal year that ends in March. | 2026-03
2025-11-06 | The budget showed a deficit for the fiscal year that ended in March. | 2025-03
2025-11-06 | He spoke of the crisis that hit in March. | 2025-03
# a colon after a day ends the date unless minutes follow; "that year" is the year before it
2025-06-10 | Malaysia widens its sales tax from July 1: salmon and school fees in the net | 2025-07-01
2025-06-10 | The talks on June 3:30 went on. | 2025-06
2025-06-10 | The tax was scrapped after the 2018 election and brought back in September that year. | 2018 2018-09
# a weekday after a demonstrative is a day the story told of; "that" as a conjunction is not one
2025-08-13 | That Saturday afternoon a teenager shot the candidate three times. | -
2025-08-13 | He said that Saturday would be a holiday. | 2025-08-16
# the simple present of a calendar verb is what is scheduled; a counted or owned noun is not one
2024-10-22 | The new president takes office on March 1. | 2025-03-01
2024-10-22 | Bolivians vote on Sunday in a run-off. | 2024-10-27
2023-03-28 | The premier leaves on Wednesday for Central America. | 2023-03-29
2023-03-28 | Paraguay holds elections in June. | 2023-06
2024-10-22 | The votes on Sunday were counted by hand. | 2024-10-20
2019-10-23 | The Senate passed the bill by 60 votes to 19 in September. | 2019-09
2024-10-22 | Sunday's vote was close. | 2024-10-20
# "would" is a future seen from the past: the nearer side, but a deadline it sets lies ahead
2020-12-21 | He said the tripling of value-added tax in July would remain in place. | 2020-07
2025-09-29 | The authority said it would pay 60 per cent of the August wages. | 2025-08
2025-05-30 | She said the agency would open an office in Tashkent by December. | 2025-12
2024-10-20 | On 6 July, the next day, the prime minister scrapped the scheme. | 2024-07-06
# "and" before a preposition joins two phrases of one clause
2025-08-08 | He said he would take a delegation to the Gulf and to Asian buyers in September, but admitted that no market replaces it. | 2025-09
# a date that opens its line before a colon dates an entry of a list: the nearer side
2025-07-01 | 10–11 July: recovery conference in Rome, hosted by the Italian government. | 2025-07-10 2025-07-11
# a thousands separator is no clause's edge: the future verb before the amount dates it
2025-01-24 | Climbers will have to pay $15,000 in royalty alone from September 1. | 2025-09-01
# "value added" is no verb
2025-06-30 | Fiji will cut value added tax to 12.5 per cent from August 1. | 2025-08-01
# the figure 1 counts nothing: a day after its month
2025-08-12 | The probe was opened on March 1 under a presidential order. | 2025-03-01
# a deadline in the scheduled present
2025-02-14 | The 90-day review ends on April 20. | 2025-04-20
2025-11-06 | The budget forecasts a deficit for the fiscal year that ends in March. | 2026-03
# "is to be" done is a plan
2025-11-22 | The levy is to be scrapped on Dec. 31 under a deal between the parties. | 2025-12-31
2025-11-22 | Two new ministries are to be created in January. | 2026-01
2025-11-22 | The levy, which was to be scrapped in January, stayed. | 2025-01
# a past verb beyond the date's clause says when it was said: a date just ahead is this year's
2025-02-20 | The minister, ahead of the vote on March 10, said the talks had stalled. | 2025-03-10
2024-08-03 | Officials warned that, with the September 21 election looming, the reform had stalled. | 2024-09-21
2024-08-03 | Officials recalled the floods and the relief sent after the election on December 21. | 2023-12-21
2025-06-17 | Meloni praised the conference she hosted in Rome on July 10. | 2024-07-10
2023-12-07 | In March two years ago the Chinese leader was received in Rome. | 2021-03
2025-06-05 | The vote is a verdict on the night of December 4, when the president declared martial law. | 2024-12-04
2025-10-03 | The minister called a meeting for Tuesday with the unions. | 2025-10-07
2025-10-03 | Police gave no motive for Tuesday's attack on the depot. | 2025-09-30
2025-06-26 | Qatar (2019) and Ecuador (2020) left the group earlier. | 2019 2020
2025-02-03 | The first budget, to be presented to parliament on February 17, will show the figures. | 2025-02-17
2025-02-20 | In December the court put the rules on hold, and lawyers expect the questions to be referred to Luxembourg. | 2024-12
2025-05-24 | Between October and January, as investors pulled money out, the rupee slid. | 2024-10 2025-01
2024-11-27 | Damage from the storms that battered the islands between Oct 24 and Nov 17 could exceed 30 billion pesos. | 2024-10-24 2024-11-17
2024-11-27 | The floods that swamped the delta on Nov 30 were the worst in a decade. | 2023-11-30
2024-11-27 | That proposed law, due on Dec 3, will be debated. | 2024-12-03
2023-10-03 | From January 1 the minimum wage will rise to $20.50 an hour, the first increase in eight years. | 2024-01-01
2023-10-03 | The rate will climb to the highest level in ten years. | -
2023-10-03 | The new plant will be ready in eight years. | 2031
2019-10-11 | The protections of the 1998 Good Friday Agreement were never up for negotiation. | 1998
2023-03-01 | The holiday falls on the fourth Friday after Easter, and Sweden dropped Whit Monday in 2005. | 2005
2025-11-20 | Shops expect record sales on Black Friday, and the board met on Friday. | 2025-11-14
2025-11-09 | Last Saturday, November 1, the mayor was shot in the square. | 2025-11-01
# "next door", "next to" are a place, no future
2025-10-02 | Next door, Kenya cut its fuel levy in August, partly to ease prices. | 2025-08
2025-10-02 | The depot next to the port hit its quota in August. | 2025-08
2025-10-02 | The next round of talks opens in August. | 2026-08
# a start set in the past lies on its nearer side; with no verb, ahead
2025-10-27 | The dockers' union called a walkout starting on Wednesday. | 2025-10-29
2025-10-27 | The regulator announced new fares effective Thursday. | 2025-10-30
2025-10-27 | The walkout began on Wednesday. | 2025-10-22
# a relative's verb in the present, after a comma too, holds the nearer side
2025-11-20 | The envoy, who chairs the talks in Nairobi on Friday, signed the accord. | 2025-11-21
2025-11-20 | The envoy, who signed the accord on Friday, returns home. | 2025-11-14
2024-09-23 | Barnier, the new prime minister and a veteran of Brussels, faces a confidence vote on Thursday. | 2024-09-26
2024-09-23 | The foreign minister flies to Kyiv on Wednesday. | 2024-09-25
2024-09-23 | New faces on the bench in March changed the court. | 2024-03
# "as expected" compares with a plan and puts nothing ahead
2024-06-15 | As expected, the central bank cut its rate on Thursday. | 2024-06-13
2024-06-15 | Talks could resume as soon as Thursday. | 2024-06-20
2025-07-31 | The city prepares to host the regional summit on November 20, officials said. | 2025-11-20
# the second half of a hyphenated adjective is no past verb
2025-03-28 | A state-funded bonus for nurses rises to 200 euros on April 1. | 2025-04-01
2025-03-28 | Fees on foreign-owned trucks go up on April 2, the ministry says. | 2025-04-02
2025-03-28 | The fare cut was announced on April 2. | 2024-04-02
2025-03-28 | Reyes was re-elected on April 2. | 2024-04-02
# a weekday that owns a noun names an event just before or just after;
# opening its sentence it is the subject, and the verb tells of it
2025-03-03 | Schools will reopen soon, despite Saturday's flooding in the valley. | 2025-03-01
2025-03-06 | Inspectors will visit the plant, ahead of Saturday's reopening. | 2025-03-08
2025-03-06 | Saturday's vote – the first since the war – gave the party a majority. | 2025-03-01
2025-03-03 | Tuesday's session, which ran late, was meant to calm the markets. | 2025-02-25
# a present passive stays one with an adverb or "being" between
2025-03-05 | The club insists it is not being punished after the league moved Thursday's match to Brussels. | 2025-03-06
2025-03-05 | The club was punished after the league moved the match on Thursday to Brussels. | 2025-02-27
# a dated day lends its year to a day up to a month after it in its sentence
2025-06-10 | The reporter was detained on 12 December 2022 and released on 4 January. | 2022-12-12 2023-01-04
2025-06-10 | The reporter was detained on 12 March 2022 and released on 4 May. | 2022-03-12 2025-05-04
# "mid-year" before its noun tells the kind of thing, not when
2024-11-20 | The minister presented the mid-year budget review to parliament. | -
2024-11-20 | Officials promised mid-year tax relief for farmers. | -
2024-11-20 | Exports had recovered by mid-year, the bank said. | 2024
# "today" in the present, set against an earlier year in its sentence or the one before, is these days
2025-02-11 | In 2013 the ferry carried 40,000 cars. Today it carries barely half that. | 2013
2025-02-11 | The mill, which employed 900 people in 2013, today has 200 staff. | 2013
2025-02-11 | In 2013 the ferry carried 40,000 cars. Today the minister launched a new one. | 2013 2025-02-11
2025-02-11 | In 2013 the ferry carried 40,000 cars. From today it stops at Dover. | 2013 2025-02-11
2025-02-11 | In 2013 the ferry carried 40,000 cars. Traffic then fell. Today it carries barely half that. | 2013 2025-02-11
2025-02-11 | Yesterday the ferry carried 400 cars. Today it carries barely half that. | 2025-02-10 2025-02-11
2025-02-11 | In 2013 the ferry carried 40,000 cars. Today's crossing carries barely half that. | 2013 2025-02-11
2025-02-11 | In 2013 the ferry carried 40,000 cars. Tonight it sails with barely half that. | 2013 2025-02-11
# "next year" names a date of its own: it does not tell a weekday's side of the anchor
2024-03-13 | The cabinet approved a spending plan for next year on Tuesday. | 2025 2024-03-12
2024-12-09 | A new vote is likely next year, somewhere between March and May. | 2025 2025-03 2025-05
# after a name's "'s" a word with an object is a verb of the calendar; a date's "'s" owns a noun
2024-03-13 | Moody's releases its verdict on Greece on Friday. | 2024-03-15
2024-03-13 | Saturday's vote the opposition boycotted was declared valid on Monday. | 2024-03-09 2024-03-11
# a count of days and "later" opening a sentence or clause counts from the last day told; "the next day" may take a place after it
2023-06-30 | The ministers met in Oslo on June 12. A day later in Bergen, they signed the accord. | 2023-06-12 2023-06-13
2023-06-30 | The ministers met in Oslo on June 12. Three days later the accord was signed. | 2023-06-12 2023-06-15
2023-06-30 | The ministers met in Oslo on June 12. The next day in Bergen, they signed the accord. | 2023-06-12 2023-06-13
2023-06-30 | The ministers met in Oslo on June 12. Three days later, on June 15, the accord was signed. | 2023-06-12 2023-06-15
2023-06-30 | The ministers met in Oslo on June 12. Three days after the vote, the accord was signed. | 2023-06-12
2023-06-30 | The ministers met in Oslo on June 12 and were followed ten days later by their deputies. | 2023-06-12
2023-06-30 | The ministers met in Oslo on June 12. The next day after the vote they signed the accord. | 2023-06-12
2023-06-30 | The ministers met in Oslo on Monday. Two days later, on Wednesday, they signed the accord. | 2023-06-26 2023-06-28
# a range that runs to a year opens on the day nearest the anchor, no later than that year
2020-05-13 | The tax credit covers works paid for from July 1 until the end of 2021. | 2020-07-01 2021
2020-05-13 | The tax credit covered works paid for from July 1 until the end of 2019. | 2019-07-01 2019
# a number that "and" joins to a year told alike before it, the same word after both, is a year too
2023-07-06 | The plans will be due by mid-2026 for big towns and 2029 for villages. | 2026 2029
2023-07-06 | The plans will be due in 2026 for big towns and 2029 for villages. | 2026 2029
2023-07-06 | In 2026 the towns counted 1500 voters in the north and 2029 in the south. | 2026
# a share of a year that ends its phrase is that year's; a share of a count is not
2025-09-28 | Turnout reached 55%, well above the 49% of 2019. | 2019
2025-09-28 | Some 40% of 2000 respondents backed the plan. | -
# a reporting verb that ends the sentence after a comma tells when it was said, not when the date is
2021-03-10 | The minister will visit Lisbon on Monday and Madrid on Friday, aides said. | 2021-03-15 2021-03-12
2021-03-10 | The minister visited Lisbon on Monday and Madrid on Friday, aides said. | 2021-03-08 2021-03-05
# a count of a part of a whole is no year
2024-03-13 | Police said the 2000 of them were freed. | -
# a speech or a ruling given on a set day is ahead, as a scheduled present is
2024-03-13 | The chancellor delivers the budget on Monday. | 2024-03-18
2024-03-13 | The court gives its ruling on Friday. | 2024-03-15
2024-03-13 | The court gave its ruling on Friday. | 2024-03-08
# a present passive of a set day is the news present, the day nearest; its past is behind
2024-03-13 | The new ministers are sworn in on Friday. | 2024-03-15
2018-02-26 | Sources say the finance minister stays when the new cabinet is sworn in on Thursday. | 2018-03-01
2018-02-26 | The new cabinet was sworn in on Thursday. | 2018-02-22
2024-03-13 | The winners were chosen on Friday. | 2024-03-08
# the anchor's weekday in the past, after a day dated a week before it, follows that day
2024-03-14 | On Wednesday, March 6, a landslide closed the road. On Thursday engineers reopened one lane. | 2024-03-06 2024-03-07
`
