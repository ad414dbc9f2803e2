package dates_test

// English cases: anchor | text | values. Anchors used: 2013-02-12
// (Tuesday), 2024-03-13 (Wednesday), 2024-07-26 (Friday), 2024-01-02
// (Tuesday), "-" for none.
const enCases = `
# --- numeric
- | • 26/07/2024 23:32 | 2024-07-26
- | 26.07.2024 | 2024-07-26
- | 2024-07-26 | 2024-07-26
- | 2024-07-26T12:30:00Z | 2024-07-26
- | 2024/07/26 | 2024-07-26
- | 07/26/2024 | 2024-07-26
- | The deal was signed on 3.4.2024 in Kyiv. | 2024-04-03
- | The order dated 05/03/2024 was published. | 2024-03-05
- | Filed on 12/25/2023 in Washington; the hearing is set for 02/03/2024. | 2023-12-25 2024-02-03
- | Signed 26.07.24 by both sides. | 2024-07-26
- | 1/2/3 | -
- | Version 1.2.3 and v2.4.1 are out. | -
- | The IP address 10.12.2024.1 is blocked. | -
- | Support is available 24/7. | -
- | Call 0039 06 4691 2024 for details. | -
- | MENAFN14022024000193011044 | -
- | ID 20240726 and code 2024-07 | -
- | The score was 3-2 after extra time. | -
- | About 1.500 people and 2,024 troops. | -
- | Inflation hit 2.4% in June. | XXXX-06
- | At 23:32 the sirens sounded. | -
2025-03-04 | They got a reprieve on February 3. 07:15 – Beijing answers. | 2025-02-03
2025-01-20 | Every Thursday the queues grow; on Thursday they reached 50 km. | 2025-01-16
2025-03-04 | They got a reprieve on February 3.5 hours later it ended. | 2025-02
- | The meeting starts at 3pm. | -
- | It grew by 12/13 percent. | -
2024-04-10 | the talks resumed on 3/4 | 2024-04-03
2013-02-12 | 3/3 | 2013-03-03
2013-02-12 | 10/31 | 2013-10-31
2013-02-12 | 10/31/1974 | 1974-10-31
2013-02-12 | 10/31/74 | 1974-10-31
2013-02-12 | 3-3-2015 | 2015-03-03
2013-02-12 | 2015-3-3 | 2015-03-03
- | Budget for 07/2024 is ready. | 2024-07
# after an act's name a number and a year are the act's number
- | Decree 11/2023 of the president set the quotas. | -
- | Under Law no. 05/2021 the levy doubled. | -

# --- written, with year
- | On 3 April 2024, the second meeting took place. | 2024-04-03
- | Tuesday, 02 January 2024 12:17 GMT | 2024-01-02
- | September 19, 2023 | 2023-09-19
- | Sept. 19, 2023 | 2023-09-19
- | It happened on Feb. 24, 2022, at dawn. | 2022-02-24
- | the 19th of September 2023 | 2023-09-19
- | 19th September 2023 | 2023-09-19
- | Mar 3 2015 | 2015-03-03
- | July 4th, 2014 | 2014-07-04
- | 4th July 2014 | 2014-07-04
- | Monday, 18 February 2013 | 2013-02-18
- | Sunday 17 Feb 2013 | 2013-02-17
- | Feb. 29, 2016 | 2016-02-29
- | 29 February 2023 | -
- | 31 April 2024 | -
- | June 2-3, 2014 | 2014-06-02 2014-06-03
- | 15-16 June 2024 | 2024-06-15 2024-06-16
- | 30 June – 2 July 2024 | 2024-06-30 2024-07-02
- | from 28 December to 3 January 2024 | 2023-12-28 2024-01-03
- | between 3 and 5 March 2024 | 2024-03-03 2024-03-05
- | on 3, 4 and 5 June 2024 | 2024-06-03 2024-06-04 2024-06-05

# --- month and year
- | June 2023 | 2023-06
- | in June 2023 | 2023-06
- | in June of 2023 | 2023-06
- | October 2014 | 2014-10
- | Since February 2022, the war has raged. | 2022-02
- | from June to August 2024 | 2024-06 2024-08
- | in early March 2024 | 2024-03
- | by the end of March 2025 | 2025-03

# --- years
- | priorities for 2024 | 2024
- | in 2024 | 2024
- | acquisitions to be made in 2024 and the following years | 2024
- | since 2014 | 2014
- | by 2030 | 2030
- | until 2027 | 2027
- | during 2023 | 2023
- | in the year 2000 | 2000
- | in 1991 Ukraine became independent | 1991
- | between 2022 and 2024 | 2022 2024
- | from 2022 to 2024 | 2022 2024
- | the 2024-2027 plan | 2024 2027
- | in 2022, 2023 and 2024 | 2022 2023 2024
- | the 2024 budget | 2024
- | Ukraine's 2024 budget | 2024
- | its 2025 plan | 2025
- | mid-2024 | 2024
- | late 2015 | 2015
- | in early 2023 | 2023
- | by the end of 2024 | 2024
- | 2023 was a hard year | 2023
- | 2024 soldiers were deployed | -
- | in 2024 soldiers | -
- | The army lost 2024 tanks. | -
- | a total of 2024 votes | -
- | more than 2000 troops | -
- | between 2000 and 3000 troops | -
- | between 1500 and 2000 | -
- | It costs €2,024. | -
- | It costs €2024. | -
- | © 2024 Nordic Newsroom | 2024
- | Copyright 2023 Example Ltd | 2023
- | (c) 2020-2024 Example | 2020 2024
- | © Harbour Wire 2019. All rights reserved. | 2019
- | © The Harbour Wire Group, 2019 | 2019
2025-09-09 | Share this story. © 2025 Coastal Desk. All rights reserved. | 2025
2025-09-09 | Call 2025 for help. | -
- | There were 2024 | -
- | Room 2024 is on the left. | -
# a year right after a name, with a space or a hyphen, ends an event's name
- | Her family flew to Paris 2024 to watch the final. | 2024
- | Tickets for Expo 2030 will go on sale in Riyadh. | 2030
- | The striker scored twice at Euro 2016 and retired. | 2016
- | Tag: athletics, Los Angeles 2028, team news | 2028
- | Los Angeles 2028 will reuse the old stadium. | 2028
- | The squad trained for the Asian Cup-2027 in a heatwave. | 2027
- | The agency shipped Moldova 2000 blankets. | -
- | Some 2000 Britons were stranded abroad. | -
- | Flight 1985 from Lisbon was diverted. | -
- | The office is in Block 2040 of the campus. | -
- | The registry lists it as No 2026 on the roll. | -
- | Dial 1955 for the flood hotline. | -
- | Book FR 2031 from Dublin before noon. | -
- | The boat was renamed Ukraine 2030 proudly. | -
- | Budget 2026: what it means for pensioners | -
- | The Federal Budget 2027 was tabled in the evening. | -
- | Resolution 2758 was adopted. | -
- | FY2024 results | -
- | in the 1990s | -
- | 2024/25 season | 2024 2025
- | up 2.024 points | -

# --- year-less, anchored
2024-07-26 | in June last year | 2023-06
2024-07-26 | June next year | 2025-06
2024-07-26 | in June this year | 2024-06
2024-07-26 | last June | 2024-06
2024-07-26 | next June | 2025-06
2024-07-26 | last March | 2024-03
2024-07-26 | next March | 2025-03
# "next" before a month later in the anchor's year names it in the year after; "this" and "in" the one coming
2025-03-20 | Voters in the province go to the polls next April. | 2026-04
2025-03-20 | Voters in the province go to the polls next December. | 2026-12
2025-03-20 | Voters in the province go to the polls this April. | 2025-04
2025-03-20 | Voters in the province go to the polls in April. | 2025-04
2025-03-20 | The coming April will be busy for the ministry. | 2025-04
2024-01-02 | the meeting in January | 2024-01
2024-01-02 | the meeting in December | 2023-12
2024-01-02 | The summit will be held in February. | 2024-02
2024-07-26 | It was signed on 19 September. | 2023-09-19
2024-07-26 | It will be signed on 19 September. | 2024-09-19
2024-07-26 | It was signed on 19 June. | 2024-06-19
2024-07-26 | The talks will resume on 19 June. | 2025-06-19
# a day fixed as a verb's object lies ahead of the fixing
2025-03-14 | The tribunal set October 2 for the verdict. | 2025-10-02
2025-03-14 | On Tuesday the board fixed 30 September as the deadline for bids. | 2025-03-11 2025-09-30
2025-03-14 | The climbers set off on 30 September. | 2024-09-30
2025-03-14 | Prices set 3 September held until winter. | 2024-09-03
# a clause of cause or concession after the date has a tense of its own
2023-10-06 | The plant shut down in June because it could not pay for fuel. | 2023-06
2023-10-06 | Output fell in August, although prices will recover. | 2023-08
2024-03-10 | Schools will close on 3 April because the storm hits the coast. | 2024-04-03
# an event on whose eve something happened lies on the nearer side of the anchor
2022-06-22 | The row flared up on the eve of the EU summit on June 23. | 2022-06-23
2025-10-02 | The party pushed the idea on the eve of the election on September 8. | 2025-09-08
# a word of intent after a hyphenated compound is its noun
2024-04-10 | The cabinet, which survived a no-confidence vote on March 3 after two parties abstained, fell today. | 2024-03-03 2024-04-10
2024-04-10 | The long-awaited vote on March 3 went the government's way. | 2024-03-03
2024-04-10 | Pro-government deputies plan to vote on May 3. | 2024-05-03
# "no later than" sets a deadline, as "by" does
2019-03-29 | The vote must take place no later than June 17, the court ruled. | 2019-06-17
2019-03-29 | Turnout was no higher than in June, the commission found. | 2018-06
# a month's end closes a range as the month does
2023-10-26 | His successor lasted even less — from March to the end of August. | 2023-03 2023-08
2023-10-26 | His successor lasted even less — from March to mid-August. | 2023-03 2023-08
# a range of weekdays runs forward: its opening is the last such day before its closing one
2024-03-16 | Between Tuesday and Thursday the envoy held talks in three capitals. | 2024-03-12 2024-03-14
2024-03-13 | The envoy will tour the region from Friday to Monday. | 2024-03-15 2024-03-18
2024-03-16 | The envoy met unions on Monday and employers on Wednesday. | 2024-03-11 2024-03-13
# a sentence opened by a count of days or weeks and "later" goes on from the day told last
2022-01-08 | The euro reached tills on 1 January 2002. Two weeks later, on 15 January, the minister resigned. | 2002-01-01 2002-01-15
2022-01-08 | The euro came in 2002. Later, on 5 January, the minister resigned. | 2002 2022-01-05
2024-03-10 | Talks broke down on 28 December 2022. Two weeks later, on 11 January, they resumed. | 2022-12-28 2023-01-11
2019-10-23 | Polls open on 26 January 2020. Three weeks after the president dissolved Congress on Sept. 30, investors are calm. | 2020-01-26 2019-09-30
2025-03-24 | Carney took office on Friday. Two days later, on Sunday, he called an election for April 28. | 2025-03-21 2025-03-23 2025-04-28
# what must or is ready to be done lies ahead
2024-07-26 | The agency needs to raise the cash before February. | 2025-02
2024-07-26 | Lenders have to repay the bonds in March. | 2025-03
2024-07-26 | The mayor said the city was ready to reopen the bridge on 12 September. | 2024-09-12
2024-07-26 | Farmers had to sell their herds in March. | 2024-03
2024-07-26 | The hall was ready in March. | 2024-03
2024-07-26 | the 3rd of March | 2024-03-03
2024-07-26 | on 26 July | 2024-07-26
2024-07-26 | 19 September last year | 2023-09-19
- | in February | XXXX-02
- | the meeting of 19 September | XXXX-09-19
- | on June 15 and September 19 | XXXX-06-15 XXXX-09-19
- | 15–16 June | XXXX-06-15 XXXX-06-16
- | from 15 to 16 June | XXXX-06-15 XXXX-06-16
- | in June last year | XXXX-06
- | last June | -
2013-02-12 | March 3rd | 2013-03-03
2013-02-12 | march 3 | 2013-03-03
2013-02-12 | the 3rd of March | 2013-03-03
2013-02-12 | the first of March | 2013-03-01
2013-02-12 | first of march | 2013-03-01
2013-02-12 | the twenty-first of March | 2013-03-21
2013-02-12 | February 15 | 2013-02-15
2013-02-12 | 15 Feb | 2013-02-15
2013-02-12 | feb 15 | 2013-02-15
2013-02-12 | Feb 15th | 2013-02-15
2013-02-12 | Monday, Feb 18 | 2013-02-18
2013-02-12 | Thursday, October 31 | 2013-10-31
2013-02-12 | Wed, Feb 13 | 2013-02-13
2013-02-12 | the 4th of July | 2013-07-04
2013-02-12 | early March | 2013-03
2013-02-12 | mid-June | 2013-06
2013-02-12 | end of the month | 2013-02
2013-02-12 | end of the year | 2013
2013-02-12 | by the end of next month | 2013-03
2013-02-12 | on the 15th | 2013-02-15
2024-03-13 | Payments are due by the 20th. | 2024-03-20
2024-03-13 | It arrived on the 5th. | 2024-03-05
2024-03-13 | It arrived on the 25th. | 2024-02-25
# a teaser's date in parentheses dates the linked story, whatever its headline says
2024-03-13 | Read also: Minister says the plant will stay open until 2030 (4 March) | 2030 2024-03-04
2024-03-13 | Ministers will meet in Rome again (4 March) | 2025-03-04
2024-03-13 | Next: the summit will open in Rome (4 March). | 2025-03-04
2024-03-13 | on the 15th floor | -
2024-03-13 | on the second day of the summit | -
2013-02-12 | Tuesday the 19th | 2013-02-19
2013-02-12 | on Tuesday the 19th | 2013-02-19
2023-11-17 | on Monday 27 in Rome the talks resume | 2023-11-27
2023-11-17 | on Monday 15 people died | 2023-11-13
2024-03-13 | On Monday 15 people died. | 2024-03-11
2024-03-13 | On Monday, 15 people died. | 2024-03-11
2013-02-12 | Jan-1 | 2013-01-01
2013-02-12 | 1-Jan | 2013-01-01
2013-02-12 | 22-Jan-2015 | 2015-01-22
2013-02-12 | Jan/1 | 2013-01-01
2013-02-12 | I'll go back on the first of may | 2013-05-01
2013-02-12 | I'll go back twenty first of may | 2013-05-21
2013-02-12 | I'll go back next friday | 2013-02-15
2013-02-12 | I'll go back in two days | 2013-02-14
2013-02-12 | I went back 3 days ago | 2013-02-09
2013-02-12 | 2/2013 | 2013-02
2013-02-12 | 14april 2015 | 2015-04-14
2013-02-12 | Wed, Feb13 | 2013-02-13
2013-02-12 | february the 15th | 2013-02-15
2013-02-12 | 15 of february | 2013-02-15
2013-02-12 | wednesday of next week | 2013-02-20
2013-02-12 | monday of this week | 2013-02-11
2013-02-12 | the upcoming week | 2013-W08
2013-02-12 | the current week | 2013-W07
2013-02-12 | thu. | 2013-02-14
2013-02-12 | the week of october 6th | 2013-10-06
2013-02-12 | Christmas | 2013-12-25
2024-07-26 | They met at Christmas. | 2023-12-25
2024-07-26 | on Christmas Eve 2022 | 2022-12-24
2024-07-26 | New Year's Day | 2024-01-01
2024-07-26 | the Christmas market opened | -

# --- relative days
2013-02-12 | today | 2013-02-12
2013-02-12 | yesterday | 2013-02-11
2013-02-12 | tomorrow | 2013-02-13
2013-02-12 | the day before yesterday | 2013-02-10
2013-02-12 | the day after tomorrow | 2013-02-14
2013-02-12 | tonight | 2013-02-12
2013-02-12 | last night | 2013-02-11
2013-02-12 | this morning | 2013-02-12
2013-02-12 | yesterday morning | 2013-02-11
2013-02-12 | tomorrow at 5pm | 2013-02-13
2013-02-12 | tomorrow evening | 2013-02-13
2024-03-13 | The minister said yesterday that talks continue today. | 2024-03-12 2024-03-13
- | yesterday | -
- | now | -
2024-03-13 | now and then | -

# --- weekdays
2013-02-12 | next Tuesday | 2013-02-19
2013-02-12 | last Friday | 2013-02-08
2013-02-12 | last Monday | 2013-02-11
2013-02-12 | last Tuesday | 2013-02-05
2013-02-12 | this Friday | 2013-02-15
2013-02-12 | next Sunday | 2013-02-17
2013-02-12 | next Wednesday | 2013-02-13
2013-02-12 | this coming Friday | 2013-02-15
2013-02-12 | Monday next week | 2013-02-18
2013-02-12 | Tuesday last week | 2013-02-05
2013-02-12 | next Friday evening | 2013-02-15
2024-03-13 | The deal was agreed on Tuesday. | 2024-03-12
2024-03-13 | The ministers met on Friday. | 2024-03-08
2024-03-13 | The ministers will meet on Friday. | 2024-03-15
2024-03-13 | The vote is scheduled for Monday. | 2024-03-18
2024-03-13 | He said on Wednesday that aid would continue. | 2024-03-13
2024-03-13 | The Sunday Times reported it. | -
2024-03-13 | Sunday Times reporters found it. | -
2024-03-13 | They met Sat. and Sun. | -
2024-03-13 | Office hours 9-17, Monday to Friday. | -
2024-03-13 | Open Mon-Sun 10:00-22:00 | -
2024-03-13 | The talks ran from Monday to Wednesday. | 2024-03-11 2024-03-13
- | on Wednesday | -

# --- relative units
2013-02-12 | last week | 2013-W06
2013-02-12 | this week | 2013-W07
2013-02-12 | next week | 2013-W08
2013-02-12 | last month | 2013-01
2013-02-12 | this month | 2013-02
2013-02-12 | next month | 2013-03
2013-02-12 | last year | 2012
2013-02-12 | this year | 2013
2013-02-12 | next year | 2014
2024-01-02 | last month | 2023-12
2024-07-26 | Last year, the group spent a billion euros. | 2023
2024-07-26 | the current year | 2024
2024-07-26 | over the last year | -
2024-07-26 | for the next month | -
2024-07-26 | in the past year | -
2024-07-26 | last year's budget | 2023

# --- counts
2013-02-12 | 3 days ago | 2013-02-09
2013-02-12 | two weeks ago | 2013-01-29
2013-02-12 | a week ago | 2013-02-05
2013-02-12 | a fortnight ago | 2013-01-29
2013-02-12 | three years ago | 2010
2013-02-12 | almost ten years ago | -
2013-02-12 | more than two years ago | -
2013-02-12 | some 20 years ago | -
2013-02-12 | only two days ago | 2013-02-10
2013-02-12 | a year ago | 2012
2013-02-12 | two months ago | 2012-12
2013-02-12 | in 3 days | 2013-02-15
2013-02-12 | in 7 days | 2013-02-19
2013-02-12 | in a week | 2013-02-19
2013-02-12 | in 2 weeks | 2013-02-26
2013-02-12 | in two weeks' time | 2013-02-26
2013-02-12 | in two months | 2013-04
2013-02-12 | 7 days from now | 2013-02-19
2013-02-12 | four weeks from today | 2013-03-12
2013-02-12 | a year from now | 2014
2024-07-26 | A second shipment is expected in 10 days. | 2024-08-05
2024-07-26 | The troops advanced 20 km in 2 years. | -
2024-07-26 | six years | -
2024-07-26 | for 3 months | -
2024-07-26 | over the next six years | -
2024-07-26 | the 15th meeting | -
2024-07-26 | a 45-year-old man | -
2024-07-26 | He is 45 years old. | -
2024-07-26 | the first meeting | -
2024-07-26 | The second round ended. | -

# --- names and homographs
2024-07-26 | Theresa May met April Smith. | -
2024-07-26 | They may march on the capital. | -
2024-07-26 | We may 3D-print parts. | -
2024-07-26 | In May the talks stalled. | 2024-05
2024-07-26 | In June 15 soldiers were killed. | 2024-06
2024-07-26 | In March first deliveries arrived. | 2024-03
2024-07-26 | On June 15 the talks resumed. | 2024-06-15
2024-07-26 | On June 15 Zelensky spoke. | 2024-06-15
2024-07-26 | the 2024th anniversary | -
2024-07-26 | by March | 2024-03
2024-07-26 | August 2022 | 2022-08
2024-07-26 | the august institution | -
2024-07-26 | It happened in August. | 2023-08

# --- news sentences
2024-05-20 | The Verkhovna Rada adopted the law on 16 May, and President Zelensky is expected to sign it this week. | 2024-05-16 2024-W21
2024-05-20 | Russian forces launched 27 drones overnight, the air force said on Sunday. | 2024-05-19
2024-05-20 | Kharkiv has been shelled daily since May 10, when Russia opened a new front. | 2024-05-10
2024-05-20 | The G7 summit in Apulia on June 13-15 will discuss frozen assets. | 2024-06-13 2024-06-15
2024-05-20 | In 2023, Ukraine's economy grew by 5.3%, after a 29.1% contraction in 2022. | 2023 2022
2024-05-20 | The Patriot systems, worth $2.5 billion, were delivered in April. | 2024-04
2024-05-20 | Some 1,500 people attended, up from 1,200 a year earlier. | -
2024-05-20 | The F-16 jets should arrive by the summer. | -
2024-05-20 | He served 12 years in the army and retired at 55. | -
2024-05-20 | The 2022 full-scale invasion displaced 6.5 million people. | 2022
2024-05-20 | Talks held in Jeddah in August 2023 ended without agreement. | 2023-08
2024-05-20 | The bill passed 311 to 101. | -
2024-05-20 | The conference, scheduled for 11-12 June in Berlin, will focus on reconstruction. | 2024-06-11 2024-06-12
2024-05-20 | Since the start of the year, exports fell 4%. | 2024
2024-05-20 | Earlier today, the minister met his counterpart. | 2024-05-20
2024-05-20 | The ministry said on Friday, May 17, that it had received the first batch. | 2024-05-17
2024-05-20 | Elections, originally due in March 2024, were postponed. | 2024-03
2024-05-20 | The Council of the EU agreed on 14 December 2023 to open accession talks. | 2023-12-14
2024-05-20 | Call the hotline on 0800 505 080 from 9am to 6pm. | -
2024-05-20 | Under the 10-point peace formula presented in November 2022. | 2022-11
2024-02-14 | A clear result removes the risk of a run-off that would otherwise be held on 26 June. | 2024-06-26
2024-02-14 | The run-off will not be held on 26 June after all. | 2024-06-26
2024-02-14 | The run-off was held on 26 June. | 2023-06-26
2024-02-08 | Brazil will begin vaccinating children aged 10 to 14 on Friday, the minister said. | 2024-02-09
2024-02-14 | Minister signs the grain deal on Tuesday | 2024-02-13
2023-04-06 | The pact signed on 22/1/1422 AH (17/4/2001) was revived. | 2001-04-17
2023-04-06 | Pilgrims gathered in 1445 AH. | -

# --- assorted expressions
2016-11-07 | I'll go back on Oct 2 | 2017-10-02
2016-11-07 | I went there on Oct 2 | 2016-10-02
2016-11-07 | the deadline is 12th of January | 2016-01-12
2016-11-07 | We met two days ago | 2016-11-05
2016-11-07 | It ended last Sunday | 2016-11-06
2016-11-07 | It starts next Monday | 2016-11-14
2016-11-07 | on Friday, November 4 | 2016-11-04
2016-11-07 | back in 2010 | 2010
2016-11-07 | this coming Friday | 2016-11-11
2016-11-07 | The talks will take place in three weeks | 2016-11-28
2016-11-07 | three months ago | 2016-08
2016-11-07 | the summit on 12-13 December | 2016-12-12 2016-12-13
2016-11-07 | the 2014 annexation of Crimea | 2014
2016-11-07 | earlier this month | 2016-11
2016-11-07 | later this year | 2016
2016-11-07 | at the start of next year | 2017
2016-11-07 | He was born on 4 July 1976. | 1976-07-04
2016-11-07 | He is 40 years old and has 2 kids. | -
2016-11-07 | The 2-0 win | -
2016-11-07 | a 10-year plan | -
2016-11-07 | page 12 of 20 | -
2016-11-07 | Chapter 11 | -
2016-11-07 | on 11/07 | 2016-11-07
2016-11-07 | tomorrow night | 2016-11-08
2016-11-07 | since yesterday | 2016-11-06
2016-11-07 | the weekend | -
2016-11-07 | in the spring of 2017 | 2017
2016-11-07 | 1 week ago | 2016-10-31
2016-11-07 | 2 weeks from now | 2016-11-21
# --- relative months, weeks of a month, counts in words
2016-11-07 | the 15th of next month | 2016-12-15
2016-11-07 | first day of next month | 2016-12-01
2016-11-07 | last day of the month | 2016-11-30
2016-11-07 | on the 2nd of this month | 2016-11-02
2016-11-07 | the first week of October | 2016-W39
2016-11-07 | first week of october 2014 | 2014-W40
2024-07-09 | In the first week of the strike, no trains ran. | -
2016-11-07 | a couple of days ago | 2016-11-05
2016-11-07 | in a couple of weeks | 2016-11-21
2024-07-09 | It may rain in the third quarter of the match. | -
2024-07-09 | in the first quarter of the year | 2024
2024-07-09 | in the first quarter of last year | 2023
2024-07-09 | The convoy covered 300 km in 10 hours. | -
2024-07-09 | The Easter egg hunt was fun. | -
2024-07-09 | He will work for 3 hours on Friday. | 2024-07-12
# a deadline under a past verb lies on its nearer side of the anchor
2025-01-07 | The governor had granted his request to prorogue Parliament until March 24. | 2025-03-24
2024-11-23 | The exhibition ran until 30 September. | 2024-09-30
2024-11-23 | The exhibition ran until 30 September, when it closed. | 2024-09-30
2023-07-09 | Beijing announced controls on two metals, to take effect on August 1. | 2023-08-01
# a date before a noun it modifies; a count after a month is plural
2024-03-29 | Montenegro's party won 80 seats in the March 10 election. | 2024-03-10
2024-03-29 | After the March 10 vote the talks began. | 2024-03-10
2024-03-29 | In March 15 soldiers were killed. | 2024-03
2024-03-29 | In March 3 tanks arrived. | 2024-03
# a past form right after a modal's infinitive modifies the noun after it
2024-03-29 | The agency would release revised growth figures in its quarterly note on April 3. | 2024-04-03
2024-03-29 | The agency will present detailed figures on April 3. | 2024-04-03
2024-03-29 | The agency said prices increased on April 3. | 2023-04-03
2024-03-29 | The agency would know prices increased on April 3. | 2023-04-03
# a perfect passive reads near on either side, as the active does
2024-03-29 | The talks have been overshadowed by a levy on imports from April 5. | 2024-04-05
2024-03-29 | The talks had been overshadowed by a levy on imports from April 5. | 2023-04-05
# a date ahead written with its year dates the later days its sentence
# lists after it, unless their clause is past
2025-02-10 | The new parliament sits on 12 March 2026, and the budget debate follows on 20 May. | 2026-03-12 2026-05-20
2025-02-10 | The treaty, which expires on 12 March 2026, was signed on 20 May. | 2026-03-12 2024-05-20
2025-02-10 | The treaty expires on 12 March 2026. The debate follows on 20 May. | 2026-03-12 2024-05-20
2025-02-10 | Talks resume on 12 March 2026 and the first round follows on 20 January. | 2026-03-12 2025-01-20
2025-02-10 | The treaty expired on 12 March 2024, and the debate follows on 20 May. | 2024-03-12 2024-05-20
# being back on a date, in the present, is a return ahead
2025-06-12 | That is all from the newsroom; we're back on Monday with the markets. | 2025-06-16
2025-06-12 | Parliament is back on Monday after the recess. | 2025-06-16
2025-06-12 | The speaker was back on Monday after the recess. | 2025-06-09
# a weekday a decision makes a day of something lies on its nearer side
2025-01-21 | The president declared Thursday a day of national mourning. | 2025-01-23
2025-01-21 | On Thursday a day of mourning was held. | 2025-01-16
# what a noun has in force from a date, with no verb of its own, began
# on either side of the anchor, whatever the sentence's verb
2020-01-20 | The deal will turn the truce in force from 12 January into a lasting peace. | 2020-01-12
2020-01-20 | The truce will be in force from 12 January. | 2021-01-12
# a pronoun is never counted: the number before it is a day
2024-03-29 | On March 12 he signed the order. | 2024-03-12
2024-03-29 | Then on February 20 it raised the tariff again. | 2024-02-20
2024-03-29 | By March 5 we had run out of fuel. | 2024-03-05
# with no tense in the sentence, a date at most two months ahead is that one
2024-09-10 | Brandenburg election on 22 September. | 2024-09-22
2024-03-12 | Ballots from abroad are counted on 20 March. | 2024-03-20
2024-09-10 | Brandenburg voted on 22 September. | 2023-09-22
2024-09-10 | Brandenburg election on 22 December. | 2023-12-22
2024-09-10 | Brandenburg votes on 22 December. | 2024-12-22
2024-09-10 | The central bank cut its rate in August. | 2024-08
# "to" after a word of moving in time makes a bare number a year; after
# a change in quantity it does not
2025-03-21 | The launch was postponed to 2027. | 2027
2025-03-21 | The reform would push depletion back to 2064. | 2064
2025-03-21 | The deadline was extended to 2030 and later moved to 2032. | 2030 2032
2025-03-21 | The death toll rose to 2031. | -
2025-03-21 | Turnout fell to 1985 voters. | -
# the new date of something moved lies ahead
2025-02-10 | The deadline was moved to 18 February. | 2025-02-18
2025-02-10 | The vote was postponed to March 3, officials said. | 2025-03-03
2025-02-10 | Prices rose to 18 February levels. | 2024-02-18
2025-02-10 | The vote was pushed back to 3 March. | 2025-03-03
2025-05-08 | The crisis dates back to 24 November, when he won. | 2024-11-24
# "most expected" is an adjective
2023-03-10 | On Monday the most expected name was a former mayor. | 2023-03-06
# a decade is no date, a year's possessive is one
2025-03-13 | The conflict began in the late 1980's. | -
2025-03-13 | In 2020's election the party won. | 2020
# a currency after a number makes it an amount
2023-05-20 | Tourists paid in 2000 rupees notes until the ban. | -
2023-05-20 | In 2000 the rupee lost ground. | 2000
# an adjective between a determiner and a year before a singular noun
2024-03-02 | Both parties are gearing up for a tight 2026 referendum. | 2026
2024-03-02 | Analysts expect a messy 2025 transition at the central bank. | 2025
2024-03-02 | An estimated 2000 protesters marched through the capital. | -
2024-03-02 | A further 1500 soldiers crossed the river. | -
# with no numeric date to show the order, one reading being the anchor
# makes it that: a page's stamp
2024-04-03 | Posted 03/04/2024 09:10. The levy took effect on April 1. | 2024-04-03 2024-04-01
2024-04-03 | Posted 03/05/2024 09:10. The levy took effect on April 1. | 2024-03-05 2024-04-01
2024-04-03 | Posted 03/04/2024. The filing dated 03/25/2024 was late. | 2024-03-04 2024-03-25
# a perfect beyond the date's clause is past there, unless the date is soon
2025-10-21 | The club has already sold its stadium, in April, and now rents it back. | 2025-04
2025-10-21 | The board has moved the vote, in November, to a later sitting. | 2025-11
# what a noun is due or planned for, told in the past, lies on either side
2024-08-20 | The utility quietly refinanced a loan due in July. | 2024-07
2024-08-20 | The utility will refinance a loan due in July. | 2025-07
2024-08-20 | Officials cancelled the summit planned for September. | 2024-09
2024-12-11 | Boats may fish in the restricted zones, with a review due in June. | 2025-06
# a count of units before or after an event sets its date that far from the anchor
2023-11-06 | The party backed the ban, five months before a general election in April. | 2024-04
2025-09-18 | The pact was signed, barely three weeks after the strikes on September 2. | 2025-09-02
2025-02-12 | The plan was unveiled, six weeks ahead of the vote on March 30. | 2025-03-30
2025-10-27 | She had led the caretaker cabinet for six weeks before the April 28 election. | 2025-04-28
2024-03-14 | In 2019, two months before the vote in May, the coalition fell apart. | 2019 2024-05
# a weekday joined to "tomorrow" or "yesterday" lies on its side of the anchor
2025-04-23 | Markets closed tomorrow and Friday | 2025-04-24 2025-04-25
# what is coming up lies ahead
2024-07-19 | Coming up: the central bank's rate decision on Wednesday and a strike in Lima. | 2024-07-24
2024-07-19 | Coming back from Lima on Monday, the minister spoke of a truce. | 2024-07-15
# a past verb of lasting before "until" ends the thing behind the anchor;
# a verb that sets a term, and "by", leave it on its nearer side
2024-12-10 | The old mayor, who ran the port authority until March, backs the plan. | 2024-03
2025-08-02 | Ms Obi served as envoy to Ghana till October and then retired. | 2024-10
2024-12-10 | The council extended the curfew until March. | 2025-03
2025-08-02 | Engineers were racing to reopen the bridge by October. | 2025-10
2024-12-10 | A panel led by the auditor must report by March. | 2025-03
# a bare weekday with no tense is the one the text dates elsewhere, when
# that day is within a week of the anchor; a tense of its own keeps it
2025-06-11 | Court verdict Friday. The judges will rule on Friday, June 13, after a long trial. | 2025-06-13
2025-06-11 | The court met on Friday. The judges will rule on Friday, June 13, after a long trial. | 2025-06-06 2025-06-13
2025-06-11 | Court verdict Friday. The judges will rule on Friday, July 25, after a long trial. | 2025-06-06 2025-07-25
# a shift verb in the present moves the date ahead, as its passive does
2025-05-06 | The tender deadline slips to 20 March, the ministry says. | 2026-03-20
2025-05-06 | The tender deadline slipped to 20 March, the ministry said. | 2025-03-20
# a day named twice without its year is one day: the reading nearer the
# anchor wins, unless a weekday written with it decides
2024-03-12 | The minister was sacked on March 1. The rise, first planned for March 1, was shelved. | 2024-03-01
2024-02-20 | The strike was called off on March 4. Unions will march on Monday, March 4. | 2024-03-04
2024-02-20 | The strike was called off on March 4. Unions will march on March 6. | 2023-03-04 2024-03-06
# a noun of intent after a date tells what the plan is for, not when the
# date's verb happened; before the date it still puts the date ahead
2025-04-25 | The coalition closed its budget talks on Tuesday with a plan to raise fuel duty. | 2025-04-22
2025-04-25 | The coalition has a plan to raise fuel duty on Tuesday. | 2025-04-29
# a deadline of "the month" with nothing after is this one's end; "by the
# month" is a rate
2023-03-08 | The ceasefire holds until the month is out, the envoy said. | 2023-03
2023-03-08 | Most tenants there are paid by the month. | -
# a weekday whose side of the anchor is only guessed (a past beyond its
# clause, a deadline of what was asked) is the day the text dates
2024-11-06 | Rail staff will strike until Saturday 9 November. Bear in mind that Saturday, which the city had picked for its parade, is also a match day. | 2024-11-09
2024-11-06 | Rail staff will strike until Saturday 9 November. On Saturday the city held its parade. | 2024-11-09 2024-11-02
# an invitation is to what is to come: told in the past, its date lies on
# its nearer side
2024-07-05 | The Brazilian president invited the prime minister to the climate summit in November. | 2024-11
2024-07-05 | The Brazilian president hosted the prime minister at the climate summit in November. | 2023-11
# a bare weekday whose side is only guessed is the date that heads its
# entry when it falls on it, within a week of the anchor; a tense of its
# own keeps it, and a date elsewhere in the text may be another week's
2025-04-22 | April 23, 07:10: the envoy is heading home, cutting short Wednesday's schedule. | 2025-04-23
2025-04-22 | April 23, 07:10: the envoy met the king on Wednesday. | 2025-04-23 2025-04-16
2025-04-22 | April 24, 07:10: the envoy is heading home, cutting short Wednesday's schedule. | 2025-04-24 2025-04-23
2025-04-22 | The envoy is heading home, cutting short the talks on Wednesday before the April 23 summit. | 2025-04-16 2025-04-23
# a clause that "after" or "before" opens with its own subject tells of
# another event: its verb does not set the date's side
2024-11-29 | The city will double its parking fees from Monday after the council approved a new budget. | 2024-12-02
2024-11-29 | The city doubled its parking fees on Monday after the council approved a new budget. | 2024-11-25
2024-11-29 | The city will double its parking fees on Monday before it reviews the budget. | 2024-12-02
2024-11-29 | The bridge reopened from Monday after midnight. | 2024-11-25
# a task one is charged with is to come: a date after the verb of charging
# lies on its nearer side, one before it is when the charge was given
2009-05-13 | The premier instructed the minister to present the report on Friday. | 2009-05-15
2009-05-13 | On Friday the premier instructed the minister to present the report. | 2009-05-08
2009-05-13 | The premier visited the minister on Friday. | 2009-05-08
# the year right after an election names its edition; a budget's is its
# name, as a fiscal year's is
2025-03-25 | State budget 2026: what changes for pensioners | -
2025-03-25 | Local election results 2025 in charts | 2025
2025-03-25 | The election commission counted 2100 ballots. | -
# an aside after the date, set off by commas, tells of its noun: the
# sentence's verb beyond it sets the date's side
2024-02-23 | On Saturday, the anniversary of the invasion, the prime minister, who visited the city twice, will host a call from Kyiv. | 2024-02-24
2024-02-23 | On Saturday, the mayor, who chairs the council, unveiled the statue. | 2024-02-17
2024-02-23 | On Saturday the mayor unveiled the statue, which honours the poet. | 2024-02-17
# what the subject of an active perfect has done, its event has happened;
# a passive perfect may tell of one to come
2022-02-28 | The storm on Thursday has knocked out power to thousands of homes. | 2022-02-24
2022-02-28 | The strike on Thursday has exposed how fragile the network is. | 2022-02-24
2022-02-28 | The summit on Thursday has been scaled down to a dinner. | 2022-03-03
2022-02-28 | The concert on Thursday has been cancelled. | 2022-03-03
# what has lasted from a start began behind the anchor; a past of "to be"
# tells when a start was announced
2025-08-22 | From 1 January, with the end of the transit deal, the pipeline has remained the last route. | 2025-01-01
2025-08-22 | From 1 January, with the new rules, the fee was announced. | 2026-01-01
# an ordinal word before a noun is the noun's, not the month's day
2025-04-15 | In February the second payment arrived late. | 2025-02
2025-04-15 | In March the third round of talks failed. | 2025-03
2025-04-15 | On February the second, the minister resigned. | 2025-02-02
2025-04-15 | The March 3rd election was close. | 2025-03-03
# a relative's verb in -ed before a preposition or a period word is
# past; "that" before an adjective and its noun is a determiner
2021-01-14 | The board approved, in a meeting that ended late on Tuesday, a new growth plan for the group. | 2021-01-12
2021-01-14 | The strike that collapsed in May will be called again. | 2020-05
2021-01-14 | A lease that expired on Friday will be renewed. | 2021-01-08
2021-01-14 | That united front in March will hold. | 2021-03
2021-01-14 | That proposed merger, due in March, will be put to a vote. | 2021-03
# a free relative opens a clause: "whoever wins" is a present of its own,
# "whatever happened" no verb of the date's clause
2021-01-14 | The treasury said the bonds would be repaid well before the May 15 deadline whatever happened to the coalition. | 2021-05-15
2021-01-14 | The envoy said the draft was written to leave a free hand to whoever wins the March 7 runoff. | 2021-03-07
2021-01-14 | The envoy said the draft was written to leave a free hand to the winner of the March 7 runoff. | 2020-03-07
# an intent word after "of" is a noun, no future
2025-11-20 | What the delegation brought back from the White House on Tuesday was a list of promises. | 2025-11-18
2025-11-20 | The delegation brought back from the talks in Geneva on Monday a bundle of plans for the port. | 2025-11-17
2025-11-20 | The mayor hopes to reopen the bridge on Monday. | 2025-11-24
# a point before a word in lower case ends an abbreviation, not a sentence
2024-03-13 | The ministry will appeal, but on Monday the acting head of the U.S. mission signed the order. | 2024-03-11
2024-03-13 | The ministry appealed in the U.S. On Monday the court will rule. | 2024-03-18
# a "would" that a verb of saying reports lies ahead of the saying: the weekday ahead
2024-03-13 | The union said its members would strike on Monday. | 2024-03-18
2024-03-13 | The union said on Monday that its members would strike. | 2024-03-11
2024-03-13 | It would be easy to forget Monday's vote. | 2024-03-11
2024-03-13 | The minister would not say on Monday whether the plan stands. | 2024-03-11
# ", and" with a new subject joins a second sentence, whose verb says nothing of the first one's date
2024-03-13 | The central bank cut its rate in February, and the government is expected to follow. | 2024-02
2024-03-13 | Austrians elect a new parliament on Sunday, and the far right is narrowly ahead. | 2024-03-17
2024-03-13 | The Senate failed to elect a speaker on Monday. | 2024-03-11
# "for" and the event of the day: the day set for what is worked for lies on its nearer side
2024-03-13 | The party opened its campaign for the election on April 20. | 2024-04-20
# a month listed after another needs no preposition of its own, even where it is also a word
2022-08-10 | Factories idled in March and May as supplies ran short. | 2022-03 2022-05
2022-08-10 | Prices peaked in February or May, traders said. | 2022-02 2022-05
2022-08-10 | The visitors may return in June and may stay longer. | 2022-06
2022-08-10 | Officials may meet and May Collins will chair. | -
# "that" after a noun opens a relative clause, whose verb comes right after it even without an article
2025-07-01 | Under a budget that received final approval on Monday, the ministry is due to hire 500 staff. | 2025-06-30
2025-07-01 | A treaty that gained royal assent on Friday, officials say, will take effect in August. | 2025-06-27 2025-08
2025-07-01 | He said that proposed cuts on Monday will hurt. | 2025-07-07
# a relative clause of the event after a date tells when it was, whatever the sentence's verb says
2016-04-15 | The envoy will study the fallout of the poll of 6 April, in which voters threw out the treaty. | 2016-04-06
2016-04-15 | The envoy will study the fallout of the poll on 6 April, when turnout fell to 30 per cent. | 2016-04-06
2016-04-15 | The envoy will study the fallout of the poll of 6 April. | 2017-04-06
2016-04-15 | Leaders will meet at the summit of 28 April, in which they will sign the pact. | 2016-04-28
2016-04-15 | The minister will testify on 20 April, when asked about the deal. | 2016-04-20
# a feast listed after "holidays" is the holiday, which comes every year: no date
2025-09-10 | Unions fought a plan to scrap two public holidays, Whit Monday and Easter Monday, this year. | 2025
2025-09-10 | The bank holidays: Easter Monday and Whit Monday stay off the table. | -
2025-09-10 | Shops stayed shut on Easter Monday. | 2025-04-21
2025-09-10 | On holiday, Easter Monday drew crowds to the coast. | 2025-04-21
# a past form between a preposition and a word modifies the word and tells no past
2025-10-24 | Talks stall on frozen Russian assets as ministers look to December | 2025-12
2025-10-24 | The fund stalls on seized property as lenders look to December | 2025-12
2025-10-24 | Aid for displaced families slips to December | 2025-12
2025-10-24 | Lenders froze the assets in December. | 2024-12
2025-10-24 | The talks on assets collapsed in December. | 2024-12
# "around", "about" and "up to" lead to a year as to a count: four bare digits that close the phrase are the year
2022-08-10 | The second tunnel should open around 2031. | 2031
2022-08-10 | Voters still argue about 2016, when the referendum split the country. | 2016
2022-08-10 | Around 2000 volunteers signed up. | -
2022-08-10 | The toll was about 1,950. | -
2022-08-10 | Only 40 of about 2000 villages have power. | -
2022-08-10 | The grid plan adds wind and solar farms up to 2035. | 2035
2022-08-10 | Output should keep rising up to 2040, the agency said. | 2040
2022-08-10 | The new line can carry up to 2500 tonnes a day. | -
2022-08-10 | Each hall will seat up to 2000 fans. | -
2022-08-10 | The fine for each breach goes up to 2,000. | -
# a bare number set against a number just before it counts as that one does
2022-08-10 | The central bank will lift its key rate to 9 per cent from 7. | -
2022-08-10 | The bill passed by 212 votes to 23. | -
2022-08-10 | The minister said she will be back on 23. | 2022-08-23
# a feast that ends with a weekday and a part of the day, and is its whole
# sentence, is a greeting on that weekday; within a sentence it is the feast
2024-07-26 | Good Friday evening! Three stories matter today. | 2024-07-26
2024-07-26 | Good Friday morning, and welcome back. | 2024-07-26
2024-04-10 | On Good Friday morning the pilgrims set out. | 2024-03-29
2024-04-10 | Good Friday morning services drew large crowds. | 2024-03-29
# "expect" with a plural subject speaks of what is to come, as "expects" does
2024-03-13 | Economists we polled expect a first rate cut in June. | 2024-06
2024-03-13 | Most traders who spoke to us expect the bank to hold in April. | 2024-04
2024-03-13 | Economists we polled saw a first rate cut in June. | 2023-06
# ", and" with a bare noun and its verb joins a second sentence too
2025-02-20 | In November the regulator put the merger on hold, and analysts expect a ruling soon. | 2024-11
2025-02-20 | In November the regulator put the merger on hold, and bankers will appeal. | 2024-11
2025-02-20 | The regulator will put the merger on hold in November, and reopen it later. | 2025-11
# a newsletter's sign-off names the next issue's day, which lies ahead
2024-07-26 | That is all for now. See you Monday. | 2024-07-29
2024-07-26 | Tips to the usual address. See you in September. | 2024-09
2024-07-26 | Tips to the usual address. Back on Tuesday. | 2024-07-30
2024-07-26 | Back Monday! | 2024-07-29
2024-07-26 | Back on Monday, the minister had warned of cuts. | 2024-07-22
2024-07-26 | The envoy came back on Monday. | 2024-07-22
# a time zone after four digits makes them a time of day, not a year
2024-07-26 | The index rose 0.4 per cent by 1400 GMT. | -
2024-07-26 | Trading resumed at 0930 UTC after the outage. | -
2024-07-26 | The index has risen every year since 2014. | 2014
# the deadline a verb of setting sets lies ahead of the setting; one
# missed lies behind
2018-04-26 | The cabinet set an October deadline for the sale of the carrier. | 2018-10
2018-04-26 | The cabinet also set a deadline of October 31 for the sale. | 2018-10-31
2018-04-26 | The carrier missed the October deadline for the sale. | 2017-10
# a day that a marker of tense places wins over one guessed on the
# nearer side, when a story names it twice
2018-04-26 | The loan deadline was pushed back to Dec. 15. The cabinet gave the airline until Dec. 15 to repay it. | 2018-12-15
2018-04-26 | The cabinet gave the airline until Dec. 15 to repay the loan. | 2017-12-15
2025-06-20 | The deal was signed on Feb. 1. Under it, the tariffs will rise on Feb. 1. | 2025-02-01
# "this Sunday" told in the past is the one gone by; told in the future, the one to come
2024-02-20 | What London promised this Sunday is still unclear. | 2024-02-18
2024-02-21 | The two sides will sign the deal this Monday. | 2024-02-26
2024-02-20 | Voters will go to the polls this Sunday. | 2024-02-25
# a question with no past or future asks what is coming
2025-03-20 | Prices are capped for now. What comes in June? | 2025-06
2025-03-20 | What about February? | 2026-02
2025-03-20 | What went wrong in June? | 2024-06
2025-03-20 | In June the cap was lifted. | 2024-06
# an itinerary's entries with no verb: the days nearest, or on the side
# of the tense the paragraph told before them
2024-03-08 | Tuesday: the vote in Brussels. | 2024-03-05
2024-03-08 | What now? Monday: the ceremony in Brussels. | 2024-03-11
2024-03-08 | The tour will end in Rome. Monday the flight to Oslo, Tuesday the gala. | 2024-03-11 2024-03-12
2024-03-08 | The tour was short. Monday the flight to Oslo, Tuesday the gala. | 2024-03-04 2024-03-05
# the day before or after the last day its paragraph told of; a day
# before with none told counts from the anchor's; an event named after it
# is what it counts from
2024-06-13 | The senate approved the bill on May 3. The next day the governor signed it. | 2024-05-03 2024-05-04
2024-06-13 | The senate approved the bill on May 3, and the day after, the governor signed it. | 2024-05-03 2024-05-04
2024-06-13 | The summit, which had closed the day before, left the issue open. | 2024-06-12
2024-06-13 | The senate approved the bill. The next day the governor signed it. | -
2024-06-13 | The governor signed it the day after the vote. | -
2024-06-13 | Day after day the queues grew. | -
# the next of a series falls after the anchor: on its own weekday, a week on
2023-08-02 | The next hearing is on Wednesday. | 2023-08-09
2023-08-02 | The court will sit on Wednesday. | 2023-08-02
2023-08-02 | Ministers agreed next year's quotas on Wednesday. | 2024 2023-08-02
`
