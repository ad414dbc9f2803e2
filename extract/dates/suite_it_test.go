package dates_test

// itSuite holds short Italian expressions with a reference date, in the
// manner of the public test suites of date libraries, written for this
// project. Conventions as in suite.go.
const itSuite = `
# --- ancorate a martedì 2013-02-12
2013-02-12 | oggi | 2013-02-12
2013-02-12 | ieri | 2013-02-11
2013-02-12 | domani | 2013-02-13
2013-02-12 | dopodomani | 2013-02-14
2013-02-12 | l'altro ieri | 2013-02-10
2013-02-12 | avantieri | 2013-02-10
~2013-02-12 | lunedì | 2013-02-18
~2013-02-12 | lun. | 2013-02-18
~2013-02-12 | martedì | 2013-02-19
2013-02-12 | giovedì | 2013-02-14
2013-02-12 | lunedì 18 febbraio | 2013-02-18
2013-02-12 | martedì 19 | 2013-02-19
2013-02-12 | il primo marzo | 2013-03-01
2013-02-12 | il 1° marzo | 2013-03-01
2013-02-12 | 1º marzo | 2013-03-01
2013-02-12 | il 3 marzo 2015 | 2015-03-03
2013-02-12 | 3 marzo 2015 | 2015-03-03
2013-02-12 | il 15 febbraio | 2013-02-15
2013-02-12 | 15/2 | 2013-02-15
2013-02-12 | 15/02/2013 | 2013-02-15
2013-02-12 | 31/10/1974 | 1974-10-31
2013-02-12 | 31.10.1974 | 1974-10-31
2013-02-12 | ottobre 2014 | 2014-10
2013-02-12 | nell'ottobre 2014 | 2014-10
2013-02-12 | l'8 agosto | 2013-08-08
2013-02-12 | agosto | 2013-08
2013-02-12 | ad agosto | 2013-08
2013-02-12 | nel mese di agosto | 2013-08
2013-02-12 | martedì prossimo | 2013-02-19
2013-02-12 | mercoledì prossimo | 2013-02-13
2013-02-12 | la settimana prossima | 2013-W08
2013-02-12 | la prossima settimana | 2013-W08
2013-02-12 | questa settimana | 2013-W07
2013-02-12 | la settimana scorsa | 2013-W06
2013-02-12 | la scorsa settimana | 2013-W06
2013-02-12 | il mese scorso | 2013-01
2013-02-12 | il mese prossimo | 2013-03
2013-02-12 | il prossimo mese | 2013-03
2013-02-12 | questo mese | 2013-02
2013-02-12 | quest'anno | 2013
2013-02-12 | l'anno scorso | 2012
2013-02-12 | l'anno prossimo | 2014
2013-02-12 | il prossimo anno | 2014
2013-02-12 | l'anno passato | 2012
2013-02-12 | domenica scorsa | 2013-02-10
2013-02-12 | la scorsa domenica | 2013-02-10
2013-02-12 | martedì scorso | 2013-02-05
2013-02-12 | mercoledì della prossima settimana | 2013-02-20
2013-02-12 | venerdì della settimana prossima | 2013-02-22
2013-02-12 | lunedì di questa settimana | 2013-02-11
2013-02-12 | tra 3 giorni | 2013-02-15
2013-02-12 | fra tre giorni | 2013-02-15
2013-02-12 | tra una settimana | 2013-02-19
2013-02-12 | tra due settimane | 2013-02-26
2013-02-12 | 3 giorni fa | 2013-02-09
2013-02-12 | una settimana fa | 2013-02-05
2013-02-12 | tre settimane fa | 2013-01-22
2013-02-12 | tre mesi fa | 2012-11
2013-02-12 | due anni fa | 2011
2013-02-12 | un anno fa | 2012
2013-02-12 | natale | 2013-12-25
2013-02-12 | la vigilia di natale | 2013-12-24
2013-02-12 | capodanno | 2013-01-01
2013-02-12 | san silvestro | 2013-12-31
2013-02-12 | ferragosto | 2013-08-15
2013-02-12 | Pasqua | 2013-03-31
2013-02-12 | Pasqua 2024 | 2024-03-31
2013-02-12 | Pasquetta 2024 | 2024-04-01
2013-02-12 | stasera | 2013-02-12
2013-02-12 | stamattina | 2013-02-12
2013-02-12 | domani sera | 2013-02-13
2013-02-12 | ieri mattina | 2013-02-11
2013-02-12 | domani alle 15 | 2013-02-13
2013-02-12 | alle 15:30 | -
2013-02-12 | questo weekend | 2013-W07
2013-02-12 | il weekend scorso | 2013-W06
2013-02-12 | lo scorso fine settimana | 2013-W06
2013-02-12 | questo fine settimana | 2013-W07
2013-02-12 | dal 13 al 15 luglio | 2013-07-13 2013-07-15
2013-02-12 | tra il 13 e il 15 luglio | 2013-07-13 2013-07-15
2013-02-12 | 13-15 luglio | 2013-07-13 2013-07-15
2013-02-12 | dal 2010 al 2015 | 2010 2015
2013-02-12 | il terzo trimestre | 2013
2013-02-12 | il terzo trimestre del 2024 | 2024
2013-02-12 | primo trimestre 2024 | 2024
2013-02-12 | l'estate 2024 | 2024
2013-02-12 | nell'estate del 2014 | 2014
2013-02-12 | il primo lunedì di marzo | 2013-03-04
2013-02-12 | l'ultimo giorno di ottobre 2015 | 2015-10-31
2013-02-12 | l'ultima domenica di marzo 2014 | 2014-03-30
2013-02-12 | fine mese | 2013-02
2013-02-12 | a fine anno | 2013
2013-02-12 | entro fine giugno | 2013-06
2013-02-12 | inizio 2024 | 2024
2013-02-12 | metà giugno | 2013-06
2013-02-12 | nel 2014 | 2014
2013-02-12 | nel 1990 | 1990
2013-02-12 | dal 1° gennaio 2024 | 2024-01-01
2013-02-12 | venerdì 15 | 2013-02-15
2013-02-12 | 3 ore fa | 2013-02-12
2013-02-12 | 24 ore fa | 2013-02-11
2013-02-12 | tra 2 ore | 2013-02-12
2013-02-12 | 10 minuti fa | 2013-02-12
2013-02-12 | la settimana dopo la prossima | 2013-W09
2013-02-12 | venerdì della prossima settimana | 2013-02-22
2013-02-12 | 2 settembre | 2013-09-02
2013-02-12 | settembre 2 | 2013-09-02

# --- ancorate a lunedì 2016-11-07
2016-11-07 | Tornerò il 15 | 2016-11-15
2016-11-07 | Tornerò il 2 ottobre | 2017-10-02
2016-11-07 | Sono tornato il 2 ottobre | 2016-10-02
2016-11-07 | Tornerò martedì | 2016-11-08
2016-11-07 | Tornerò venerdì prossimo | 2016-11-11
2016-11-07 | Sono tornato domenica scorsa | 2016-11-06
2016-11-07 | Tornerò dopodomani | 2016-11-09
2016-11-07 | Tornerò il 12/08/2015 | 2015-08-12
2016-11-07 | Tornerò tra due settimane | 2016-11-21
2016-11-07 | Sono tornato due giorni fa | 2016-11-05
2016-11-07 | Tornerò la prossima settimana | 2016-W46
2016-11-07 | il primo venerdì di luglio 2015 | 2015-07-03
2016-11-07 | Partirò a gennaio | 2017-01
2016-11-07 | Sono partito a gennaio | 2016-01
~2016-11-07 | Ci vediamo il 21 | 2016-11-21
2016-11-07 | Sono rientrato il 3 | 2016-11-03

# --- frasi di cronaca, ancorate a martedì 2024-07-09
2024-07-09 | Il vertice si terrà il 15 settembre a Roma. | 2024-09-15
2024-07-09 | Il vertice si è tenuto il 15 giugno a Roma. | 2024-06-15
2024-07-09 | Il ministro visiterà Kiev giovedì. | 2024-07-11
2024-07-09 | Il ministro ha visitato Kiev giovedì. | 2024-07-04
2024-07-09 | Il decreto, firmato a giugno, entrerà in vigore a settembre. | 2024-06 2024-09
2024-07-09 | Il pacchetto, annunciato lunedì, sarà consegnato entro ottobre. | 2024-07-08 2024-10
2024-07-09 | L'incontro è previsto per il 3 agosto. | 2024-08-03
2024-07-09 | Le elezioni si svolgeranno a novembre. | 2024-11
2024-07-09 | Lo scorso 12 marzo il governo ha approvato il piano. | 2024-03-12
2024-07-09 | Il prossimo 20 settembre si vota. | 2024-09-20
2024-07-09 | Giovedì scorso il porto è stato colpito. | 2024-07-04
2024-07-09 | La riunione di ieri è durata tre ore. | 2024-07-08
2024-07-09 | Nel 2023 le esportazioni sono cresciute del 5%. | 2023
2024-07-09 | Il 25 aprile si celebra la Liberazione. | 2024-04-25
2024-07-09 | Dal 2022 a oggi i prezzi sono saliti. | 2022 2024-07-09
2024-07-09 | Il piano va completato entro il 2030. | 2030
2024-07-09 | Il 2024 è stato un anno difficile. | 2024
2024-07-09 | Le Olimpiadi del 2024 si aprono a Parigi. | 2024
2024-07-09 | Tra il 2023 e il 2024 il traffico è raddoppiato. | 2023 2024
2024-07-09 | La stagione 2023-24 è finita. | 2023 2024
2024-07-09 | Il 5 e il 6 luglio ha piovuto. | 2024-07-05 2024-07-06
2024-07-09 | Sabato 6 luglio 2024 | 2024-07-06
2024-07-09 | 9 lug. 2024 | 2024-07-09
2024-07-09 | La visita del ministro, annunciata ieri, si terrà mercoledì. | 2024-07-08 2024-07-10
2024-07-09 | Gli aiuti militari arriveranno a settembre. | 2024-09
2024-07-09 | Il partito voterà il 18 luglio. | 2024-07-18
2024-07-09 | Il Consiglio si riunirà venerdì 12 luglio. | 2024-07-12
2024-07-09 | L'accordo, raggiunto a maggio, scadrà a dicembre. | 2024-05 2024-12
2024-07-09 | Domenica scorsa si è votato in Francia. | 2024-07-07
2024-07-09 | Il 14 luglio scorso | 2023-07-14
2024-07-09 | Il 14 luglio prossimo | 2024-07-14
2024-07-09 | il mese scorso | 2024-06
2024-07-09 | Nel primo semestre del 2024 il PIL è cresciuto. | 2024
2024-07-09 | Da ottobre 2022 a marzo 2023 | 2022-10 2023-03

# --- negativi
2024-07-09 | per tre giorni | -
2024-07-09 | da 5 anni | -
2024-07-09 | negli ultimi tre anni | -
2024-07-09 | la terza volta | -
2024-07-09 | il 3° posto | -
2024-07-09 | La partita è finita 2-1. | -
2024-07-09 | aperto 24 ore su 24 | -
2024-07-09 | Chiamare il numero 06 1234 5678. | -
2024-07-09 | costa 1.500 euro | -
2024-07-09 | 2.024 persone | -
2024-07-09 | la legge 104 | -
2024-07-09 | l'articolo 21 | -
2024-07-09 | il 15% dei casi | -
2024-07-09 | alle 18 | -
2024-07-09 | ore 9:30 | -
2024-07-09 | un viaggio di 3 giorni | -
2024-07-09 | il XXI secolo | -
2024-07-09 | 1.000 soldati | -
2024-07-09 | Marzo Rossi ha vinto. | -
2024-07-09 | 3,5 milioni | -

# --- prosa con date complete
- | Il ponte fu inaugurato il 12 agosto 1964 dopo sei anni di lavori. | 1964-08-12
- | Tra il 1939 e il 1945 la città fu occupata due volte. | 1939 1945
- | Nato a Leopoli nel 1890, morì a Parigi il 3 marzo 1961. | 1890 1961-03-03
- | Il trattato firmato il 28 giugno 1919 pose fine alla guerra. | 1919-06-28
- | Nel gennaio 1918 la repubblica dichiarò l'indipendenza. | 1918-01
- | La società fu fondata nel 1998 e quotata nel 2004. | 1998 2004
- | Il 24 agosto 1991 il parlamento approvò l'atto. | 1991-08-24
- | Il censimento del 2001 contò 57 milioni di abitanti. | 2001
- | Dal 1° luglio 2013 la Croazia è membro. | 2013-07-01
- | La legge entrò in vigore nella primavera del 2015. | 2015
- | Il prestito va restituito entro il 31 dicembre 2025. | 2025-12-31
- | Venerdì 13 novembre 2015 la stazione fu chiusa. | 2015-11-13
- | I lavori durarono da maggio 1931 ad aprile 1933. | 1931-05 1933-04
- | L'archivio copre gli anni 1945-1960. | 1945 1960
- | Lo spettacolo del 2 giugno 2006 fu annullato. | 2006-06-02
# --- secondo giro alla cieca, ancorato a mercoledì 2024-03-13
2024-03-13 | Il vertice è in programma giovedì prossimo. | 2024-03-14
2024-03-13 | I ministri si sono incontrati giovedì scorso a Bruxelles. | 2024-03-07
2024-03-13 | Zelensky andrà a Washington entro fine mese. | 2024-03
2024-03-13 | All'inizio di questa settimana il parlamento ha approvato la legge. | 2024-W11
2024-03-13 | I colloqui riprenderanno il 20 marzo. | 2024-03-20
2024-03-13 | Il pacchetto, approvato il 28 febbraio, comprende 30 carri armati. | 2024-02-28
2024-03-13 | Dal 24 febbraio 2022 oltre sei milioni di persone sono fuggite. | 2022-02-24
2024-03-13 | L'accordo scade alla fine di aprile. | 2024-04
2024-03-13 | Nel primo semestre del 2024 le esportazioni sono cresciute dell'8%. | 2024
2024-03-13 | Tra il 10 e il 12 marzo i droni hanno attaccato Odessa. | 2024-03-10 2024-03-12
2024-03-13 | La prossima riunione si terrà l'11 e il 12 aprile a Kiev. | 2024-04-11 2024-04-12
2024-03-13 | Un anno fa il fronte era diverso. | 2023
2024-03-13 | La nuova legge entra in vigore il 1° gennaio 2025. | 2025-01-01
2024-03-13 | Ha parlato al telefono con il suo omologo martedì sera. | 2024-03-12
2024-03-13 | Nella notte tra il 12 e il 13 marzo la Russia ha lanciato 40 droni. | 2024-03-12 2024-03-13
2024-03-13 | Il vertice del Galles del 2014 fissò l'obiettivo del 2%. | 2014
2024-03-13 | A febbraio la guerra è entrata nel terzo anno. | 2024-02
2024-03-13 | Nel terzo trimestre la produzione è calata. | 2023
2024-03-13 | Il ministro è in carica dal 2019. | 2019
2024-03-13 | Il contratto dura fino al 2027. | 2027
2024-03-13 | È stata nominata il 5 settembre 2023. | 2023-09-05
2024-03-13 | Le consegne sono attese entro sei mesi. | -
2024-03-13 | Il termine scade il 31 marzo. | 2024-03-31
2024-03-13 | Il cessate il fuoco è entrato in vigore alla mezzanotte di domenica. | 2024-03-10
2024-03-13 | Il consiglio si riunirà di nuovo tra due settimane. | 2024-03-27
2024-03-13 | Due giorni dopo il ponte è stato colpito. | -
2024-03-13 | L'attacco è avvenuto alle 3:40 di giovedì. | 2024-03-07
2024-03-13 | Pubblicato il 13 marzo 2024 alle 10:45 | 2024-03-13
2024-03-13 | Aggiornato: 13/03/2024 | 2024-03-13
2024-03-13 | i colloqui di Ginevra dello scorso dicembre | 2023-12
2024-03-13 | a dicembre dell'anno scorso | 2023-12
2024-03-13 | il vertice del dicembre 2023 | 2023-12
2024-03-13 | il vertice del 14 e 15 dicembre | 2023-12-14 2023-12-15
2024-03-13 | il 29 febbraio | 2024-02-29
2024-03-13 | inizio aprile | 2024-04
2024-03-13 | nei prossimi giorni | -
2024-03-13 | questa primavera | 2024
2024-03-13 | il giorno di Natale del 2023 | 2023-12-25
2024-03-13 | lunedì 11 marzo | 2024-03-11
2024-03-13 | mercoledì 13 marzo 2024 | 2024-03-13
2024-03-13 | nel 2025-26 | 2025 2026
2024-03-13 | entro il 2030 | 2030
2024-03-13 | Il 40% dei 2.000 intervistati | -
2024-03-13 | La Juventus ha vinto 3-0. | -
2024-03-13 | Il volo AZ 2024 è in ritardo. | -
2024-03-13 | la riunione di venerdì scorso | 2024-03-08
2024-03-13 | venerdì 15 marzo si vota | 2024-03-15
2024-03-13 | la seduta dell'8 marzo | 2024-03-08
2024-03-13 | questo giovedì | 2024-03-14
2024-03-13 | fino a venerdì | 2024-03-15
# --- terzo giro alla cieca: programmi, inizi, intenzioni, stesso anno
2024-02-27 | Le sigle agricole minacciano di tornare in piazza a marzo. | 2024-03
2024-02-27 | Lo sciopero è stato indetto per il 9 marzo. | 2024-03-09
2026-02-05 | Il cronoprogramma prevede che dal 1° marzo scatti il monitoraggio. | 2026-03-01
2025-07-11 | Secondo la Banca mondiale, in una stima diffusa a febbraio, il costo nei prossimi dieci anni raggiunge 524 miliardi. | 2025-02
2026-02-05 | Il Piano, nato nel 2021 per rispondere alla crisi, vale 194 miliardi. | 2021
2026-02-05 | Si contano 2000 per ogni regione. | -
2022-06-03 | Con la sentenza n. 286 del 2016 la Corte aveva deciso. | 2016
2024-10-16 | Il fondo crescerà del 3,5% rispetto all'anno in corso. | 2024
2024-10-16 | I lavori in corso finiranno presto. | -
2024-10-16 | Il decreto fu firmato il 3 marzo 2019 ed entrò in vigore il 1° giugno dello stesso anno. | 2019-03-03 2019-06-01
2025-06-05 | È l'ultimo passaggio prima del vertice dell'Aia del 24 e 25 giugno. | 2025-06-24 2025-06-25
2025-06-05 | Il vertice è stato rinviato da marzo. | 2025-03
2025-06-05 | Il ministro ha 50 anni e parte a luglio. | 2025-07
# --- quinto giro alla cieca: intervalli senza anno, sigle, lanci d'agenzia, atti numerati
2024-12-25 | In estate toccherà ai giovani, dal 28 luglio al 3 agosto, con un raduno finale. | 2025-07-28 2025-08-03
2024-12-25 | Le celebrazioni andranno dal 28 dicembre al 3 gennaio. | 2024-12-28 2025-01-03
2023-03-04 | Il G20 di settembre a Nuova Delhi sarà un banco di prova. | 2023-09
2023-03-04 | Il G7 del 2024 si terrà in Puglia. | 2024
2025-06-17 | (ANSA) - ROMA, 17 GIU - Sono 524.415 i candidati alla maturità. | 2025-06-17
2025-06-17 | Ha vinto 3 SET a zero. | -
2025-08-07 | La legge 1158 del 1971 affidò a una società pubblica il progetto. | 1971
2025-08-07 | Solo 5 del 2000 candidati hanno superato la prova. | -
2024-06-14 | Il vertice, in programma dal 13 al 15 giugno, ha vissuto oggi la sua giornata. | 2024-06-13 2024-06-15 2024-06-14
2024-12-25 | L'Anno Santo si chiuderà il 6 gennaio 2026, festa dell'Epifania. | 2026-01-06
2024-12-25 | Il 20 aprile 2025, domenica di Pasqua, il papa ha parlato. | 2025-04-20
2024-12-25 | Da gennaio sono comparsi 1985 nuovi annunci. | 2024-01
# un dimostrativo prende l'anno del racconto
2025-06-06 | La cartiera chiuse nel 2019. Quel settembre gli operai occuparono i cancelli. | 2019 2019-09
2025-06-06 | Il prelievo fu fissato nel 2021; da quel 12 marzo e fino a quell'ottobre nessuno pagò. | 2021 2021-03-12 2021-10
# il segno dell'infinito dopo un futuro: "tornerà a essere scambiato"
2024-01-03 | Il titolo tornerà a essere scambiato giovedì, alla riapertura. | 2024-01-04
2024-01-03 | Il titolo è stato scambiato giovedì. | 2023-12-28
# rinviato a una data la mette nel futuro, rinviato da una data no
2024-05-16 | Le elezioni sono state rinviate a non oltre il 15 dicembre. | 2024-12-15
2024-05-16 | Il voto è stato rinviato al 3 novembre. | 2024-11-03
# "oggi" dopo una virgola o un avverbio di contrasto vale "di questi tempi"
2025-03-12 | L'ex ministro Magnus Brunner, oggi commissario europeo, ha parlato ieri. | 2025-03-11
2025-03-12 | Nel 2022 il barile valeva 120 dollari, mentre oggi il Brent ne vale 65. | 2022
2025-03-12 | Se c'è un pretendente naturale, oggi, parla francese. | -
2025-03-12 | Ancora oggi la linea resta chiusa. | -
2025-03-12 | La Corte ha stabilito oggi che il programma è illegale. | 2025-03-12
# "il primo" senza un mese dopo, seguito da "a" e un verbo, è un ordinale
2020-03-01 | Il Granducato non è il primo a provarci. | -
2020-03-01 | Si vota dal primo al 3 marzo. | 2020-03-01 2020-03-03
# "programma" is a noun; "in programma" and "in vista di" look ahead
2025-01-27 | Il programma è stato lanciato il 20 gennaio. | 2025-01-20
2025-01-27 | La finale è in programma il 20 febbraio. | 2025-02-20
2025-01-27 | I fiorai, che in vista di San Valentino, il 14 febbraio, spediscono rose, erano preoccupati. | 2025-02-14
# un piano raccontato al passato sta dal lato più vicino
2025-08-24 | Il vertice era previsto per aprile ma è stato rinviato. | 2025-04
2025-08-24 | Il vertice è previsto per aprile. | 2026-04
# un giorno ripetuto senza tempo prende quello della sua altra menzione
2024-11-07 | Fiducia il 15 gennaio. Scholz chiederà la fiducia al Parlamento il 15 gennaio. | 2025-01-15
2024-11-07 | Fiducia il 15 gennaio. Il Parlamento ha votato la fiducia il 15 marzo. | 2024-01-15 2024-03-15
# un ordinale in parole, da solo, è un pronome
2025-10-06 | Il cambio di unità è l'ultimo atto di una stabilizzazione, non il primo. | -
2025-08-01 | Il primo, la riforma del segreto bancario, era passato il 24 aprile. | 2025-04-24
2025-10-06 | Le nuove regole valgono dal primo ottobre. | 2025-10-01
# l'anno relativo davanti al mese gli dà l'anno: una data sola
2024-07-23 | L'anno scorso, a luglio, Catania è rimasta al buio per giorni. | 2023-07
2024-07-23 | L'anno scorso luglio è stato torrido. | 2023-07
2024-07-23 | L'anno prossimo a marzo si vota. | 2025-03
# un giorno della settimana dopo un dimostrativo è un giorno del racconto, non uno vicino alla data
2025-08-13 | Quel sabato pomeriggio un ragazzo gli aveva sparato tre colpi. | -
2025-08-13 | Quella domenica a Bogotá piovve per ore. | -
2025-08-13 | Il ministro ha detto che sabato voterà. | 2025-08-16
# "e oggi", "che oggi" after a past post: what the person is these days
2021-10-30 | Salvador Illa, ex ministro della Sanità e oggi presidente della Generalitat, ha parlato. | -
2021-10-30 | La volle l'allora premier Matteo Renzi, che oggi da senatore giudica i conti. | -
2021-10-30 | L'ex ministro ha parlato ieri e oggi ha firmato. | 2021-10-29 2021-10-30
2021-10-30 | Ieri era a Roma e oggi è a Milano. | 2021-10-29 2021-10-30
# "oggi" al presente, messo a fronte di un anno passato nella frase o in quella prima, vale "di questi tempi"
2025-02-11 | Nel 2012 la cooperativa contava mille soci. Oggi ne conta trecento. | 2012
2025-02-11 | La cooperativa che nel 2012 contava mille soci oggi è ridotta a trecento. | 2012
2025-02-11 | Nel 2012 la cooperativa contava mille soci. Oggi il ministro ha visitato la sede. | 2012 2025-02-11
2025-02-11 | Nel 2012 la cooperativa contava mille soci. Da oggi la sede resta chiusa. | 2012 2025-02-11
2025-02-11 | Nel 2012 la cooperativa contava mille soci. Il numero è poi sceso. Oggi ne conta trecento. | 2012 2025-02-11
2025-02-11 | A gennaio la cooperativa contava mille soci. Oggi ne conta trecento. | 2025-01 2025-02-11
2023-08-30 | A gennaio la presidente del Consiglio è stata a Tripoli. | 2023-01
2023-08-30 | A gennaio il ministro è stato a Kiev per due giorni. | 2023-01
2023-08-30 | A gennaio il ministro sarà a Kiev. | 2024-01
2023-08-30 | Lo Stato a gennaio pagherà gli arretrati. | 2024-01
# what is set for a date
2019-07-13 | A nove giorni dal dibattito di investitura, fissato per il 22 luglio, il premier non ha i numeri. | 2019-07-22
2019-07-13 | Il prezzo fu fissato per legge il 2 marzo. | 2019-03-02
# un verbo passato fuori dalla proposizione della data dice quando lo si è detto
2018-02-23 | A nove giorni dal voto del 4 marzo, il leader ha escluso alleanze. | 2018-03-04
2022-03-18 | Il governo ha chiesto che il Consiglio del 24 e 25 marzo adotti misure comuni. | 2022-03-24 2022-03-25
2024-07-09 | L'accordo fu firmato ad agosto a Bruxelles. | 2023-08
# participi irregolari dopo l'ausiliare: passato
2025-06-20 | A dicembre la società ha perso il controllo della miniera. | 2024-12
2023-06-04 | Mercoledì il parlamento ha eletto il nuovo capo dello Stato. | 2023-05-31
# nomi che finiscono come un participio: nessun tempo
2023-07-01 | Prenderà il posto del cardinale gesuita a metà settembre. | 2023-09
2023-07-01 | Il vescovo assumerà la guida delle milizie sciite a settembre. | 2023-09
2023-07-01 | Il nuovo capo prenderà il posto a settembre. | 2023-09
2024-11-28 | La banca centrale non esclude la proposta di un nuovo rialzo a dicembre. | 2024-12
2023-12-07 | Nel marzo di quattro anni fa il presidente cinese veniva accolto a Roma. | 2019-03
2023-12-07 | Nel marzo di due anni fa si votava già. | 2021-03
2020-10-07 | La misura, introdotta dal decreto Agosto, vale per tre mesi. | -
2020-10-07 | Il governo ha varato il decreto Agosto il 14 agosto. | 2020-08-14
2020-10-07 | Agosto è stato un mese caldo per il governo. | 2020-08
2025-06-05 | Tutto risale alla notte del 4 dicembre, quando il presidente proclamò la legge marziale. | 2024-12-04
2025-10-03 | Il ministro ha convocato per martedì un tavolo con le associazioni. | 2025-10-07
2025-08-26 | La Polonia lo fece nel gennaio 1995: dal 3 al 10 gennaio si cambiarono gli zloty. | 1995-01 1995-01-03 1995-01-10
2020-06-26 | Venerdì 19 si dimette l'amministratore delegato. | 2020-06-19
2020-06-26 | Giovedì 25 i ministri si sono riuniti a Bruxelles. | 2020-06-25
2025-06-26 | Prima di lei hanno ottenuto lo status gli Emirati (2007) e il Marocco (2010). | 2007 2010
2025-06-17 | I ministri hanno concordato di rivedersi a ottobre a Oslo. | 2025-10
2025-06-17 | Le parti avevano deciso di incontrarsi a maggio, ma è saltato tutto. | 2025-05
2025-05-24 | Tra ottobre e gennaio la rupia è scesa del 4%. | 2024-10 2025-01
2023-10-03 | La centrale sarà pronta tra otto anni. | 2031
2023-12-16 | Un istituto fissava il sostegno al 23 per cento, altri lo danno ormai sotto il 20. | -
2023-12-16 | Il consenso è salito oltre il 30. | -
2023-12-16 | Le urne si chiuderanno il 20. | 2023-12-20
2025-02-10 | Il leader del partito, che da luglio è ministro dell'Agricoltura, ha annunciato un ricorso. | 2024-07
2025-02-10 | Da luglio scatta l'aumento delle tariffe. | 2025-07
2024-07-25 | Il fango è sceso due volte. La prima domenica sera, dopo una giornata di pioggia. | 2024-07-21
# "-ò" is the passato remoto, "-erò" and the contracted "-rò" are futures
2019-12-21 | Il 15 marzo un commando entrò nella redazione del giornale. | 2019-03-15
2019-12-21 | Il 15 marzo sarò a Roma per il congresso. | 2020-03-15
2024-06-15 | Giovedì, come vuole la prassi, il consiglio ha approvato i conti. | 2024-06-13
# lower-case "natale" after a noun is "native"
2024-06-15 | Il poeta sarà sepolto martedì nella sua città natale di Recanati. | 2024-06-18
# getting ready for a date puts it ahead
2025-07-31 | La città si prepara a ospitare il 20 novembre il vertice regionale. | 2025-11-20
# un giorno datato presta l'anno a un giorno fino a un mese dopo nella frase
2025-06-10 | Il cronista fu fermato il 12 dicembre 2022 e rilasciato il 4 gennaio. | 2022-12-12 2023-01-04
# an auxiliary ends the phrase of the event a date names: the campaign is for the vote ahead
2025-07-09 | La campagna per il voto di ottobre è già cominciata. | 2025-10
2025-07-09 | Lo stesso vale per la sentenza di gennaio della corte d'appello, che ha respinto il ricorso. | 2025-01
# un numero di giorni e "dopo" in apertura di frase contano dall'ultimo giorno raccontato
2023-06-30 | I ministri si sono visti a Oslo il 12 giugno. Due giorni dopo, a Bergen, hanno firmato l'intesa. | 2023-06-12 2023-06-14
2023-06-30 | I ministri si sono visti a Oslo il 12 giugno. Due giorni dopo il voto hanno firmato l'intesa. | 2023-06-12
# un intervallo che arriva a un anno si apre nel giorno più vicino all'ancora, non oltre quell'anno
2020-05-13 | Il governo ha esteso lo sconto alle spese sostenute dal 1° luglio fino alla fine del 2021. | 2020-07-01 2021
2020-05-13 | Lo sconto valeva per le spese sostenute dal 1° marzo fino alla fine del 2019. | 2019-03-01 2019
# un numero che "e" lega a un anno detto allo stesso modo prima, con la stessa parola dopo entrambi, è un anno
2023-07-06 | I piani saranno pronti entro il 2026 nelle grandi città e il 2029 nelle piccole. | 2026 2029
2023-07-06 | Nel 2026 i soci erano 1500 nelle grandi città e 2029 nelle piccole. | 2026
# una quota di un anno che chiude la frase è di quell'anno; una quota di un conteggio no
2025-09-28 | L'affluenza è salita al 55%, ben oltre il 49% del 2019. | 2019
2025-09-28 | Ha risposto il 40% dei 2000 iscritti. | -
# un anno dopo "un" o "questo" è il nome che l'articolo introduce; un conteggio no
2024-03-13 | Dopo un 2022 in perdita, la società ha chiuso il 2023 in attivo. | 2022 2023
2024-03-13 | Questo 2024 sarà l'anno delle elezioni europee. | 2024
2024-03-13 | Ha vinto un 2000 metri in salita e poi un 3000 siepi. | -
2024-03-13 | Ha ricevuto un 2000 di voti in più. | -
# un nome che finisce come un participio, aprendo un inciso con la data subito dopo, è il participio
2024-05-26 | La marcia, partita il 3 aprile e prevista fino al 28 giugno, contesta la riforma. | 2024-04-03 2024-06-28
2024-05-26 | La partita il 3 aprile sarà decisiva. | 2025-04-03
# il giorno della settimana dell'ancora, al passato, dopo un giorno datato di una settimana prima, segue quel giorno
2024-03-14 | Mercoledì 6 marzo la frana ha chiuso la strada. Giovedì mattina i tecnici hanno liberato una corsia. | 2024-03-06 2024-03-07
2024-03-14 | Mercoledì 6 marzo la frana ha chiuso la strada. Lunedì i tecnici hanno liberato una corsia. | 2024-03-06 2024-03-11
2024-03-14 | Mercoledì 6 marzo la frana ha chiuso la strada. Giovedì i tecnici riapriranno una corsia. | 2024-03-06 2024-03-14
`
