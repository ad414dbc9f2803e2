package dates_test

// Italian cases: anchor | text | values. Anchors used: 2013-02-12
// (martedì), 2024-04-03 (mercoledì), 2024-07-26 (venerdì), "-" for none.
const itCases = `
# --- numerici
- | ROMA, 3 aprile 2024 – Il ministro ha parlato. | 2024-04-03
- | Pubblicato il 26/07/2024 alle 23:32 | 2024-07-26
- | Il decreto del 05.03.2024 è in vigore. | 2024-03-05
- | firmato il 5/3/2024 | 2024-03-05
- | scaduto il 2024-03-05 | 2024-03-05
- | il 03/05/24 | 2024-05-03
- | il 13/12/2023 | 2023-12-13
- | il bilancio 2024/2025 | -
- | la stagione 2024/2025 | 2024 2025
- | la versione 2.4.1 del software | -
- | chiamare lo 06 4691 2024 | -
- | alle 10.30 di mattina | -
- | alle 23:32 | -
- | circa 1.500 persone | -
- | il 24/7 | -
- | un punteggio di 3-2 | -
- | 2,5 milioni di euro | -
2013-02-12 | 3/3 | 2013-03-03
2013-02-12 | il 3/3 | 2013-03-03
2024-04-03 | la riunione del 15/3 è andata bene | 2024-03-15
2024-04-03 | 3 su 4 | -

# --- date scritte
- | il 19 settembre 2023 | 2023-09-19
- | 19 settembre 2023 | 2023-09-19
- | lunedì 18 febbraio 2013 | 2013-02-18
- | lunedì, 18 febbraio 2013 | 2013-02-18
- | 3 mar 2015 | 2015-03-03
- | 3 mar. 2015 | 2015-03-03
- | il 1° maggio 2024 | 2024-05-01
- | il 1º gennaio 2025 | 2025-01-01
- | il primo gennaio 2025 | 2025-01-01
- | l'8 marzo 2024 | 2024-03-08
- | dell'11 settembre 2001 | 2001-09-11
- | il 15 e 16 febbraio 2024 | 2024-02-15 2024-02-16
- | il 3 e il 4 marzo 2024 | 2024-03-03 2024-03-04
- | il 10 e l'11 marzo 2024 | 2024-03-10 2024-03-11
- | dal 15 al 16 giugno 2024 | 2024-06-15 2024-06-16
- | 15-16 giugno 2024 | 2024-06-15 2024-06-16
- | dal 30 giugno al 2 luglio 2024 | 2024-06-30 2024-07-02
- | dal 28 dicembre al 3 gennaio 2024 | 2023-12-28 2024-01-03
- | 31 aprile 2024 | -
- | il 30 febbraio | -
- | 12 gen. 2024 | 2024-01-12
- | 3 sett. 2023 | 2023-09-03
- | 3 set | -
- | l'ago e il filo | -
- | Il mar Mediterraneo | -

# --- mese e anno
- | giugno 2023 | 2023-06
- | nel giugno 2023 | 2023-06
- | nel giugno del 2023 | 2023-06
- | a marzo 2024 | 2024-03
- | a partire da gennaio 2025 | 2025-01
- | fine marzo 2024 | 2024-03
- | all'inizio di maggio 2022 | 2022-05
- | da giugno ad agosto 2024 | 2024-06 2024-08
- | 07/2024 | 2024-07
# after an act's name a number and a year are the act's number and year
- | Lo stabilisce il decreto-legge 12/2023 del governo. | -
- | Il fondo nasce con la legge n. 08/2019. | -
- | I dati di 08/2019 sono pronti. | 2019-08

# --- anni
- | nel 2024 | 2024
- | per il 2024 e per il 2025 | 2024 2025
- | dal 2024 al 2030 | 2024 2030
- | tra il 2022 e il 2024 | 2022 2024
- | entro il 2030 | 2030
- | fino al 2027 | 2027
- | nel corso del 2023 | 2023
- | a partire dal 2014 | 2014
- | il 2024 sarà un anno difficile | 2024
- | Il 2023 è stato un anno di guerra. | 2023
- | il triennio 2024-2026 | 2024 2026
- | nell'anno 2000 | 2000
- | nel 1991 | 1991
- | a inizio 2024 | 2024
- | a fine 2023 | 2023
- | 2024 soldati | -
- | oltre 2000 soldati | -
- | più di 2024 | -
- | per 2000 euro | -
- | il 2024% | -
- | © 2024 Ministero della Difesa | 2024
- | Tutti i diritti riservati, Copyright 2023 | 2023
- | anni '90 | -
- | negli anni 2000 | -
# un anno subito dopo un nome, con spazio o trattino, chiude il nome di un evento
- | La squadra tornerà da Parigi 2024 con undici medaglie. | 2024
- | I cantieri di Milano Cortina 2026 sono in ritardo. | 2026
- | Il ministro ha visitato i padiglioni di Expo 2015 a Rho. | 2015
- | Leggi anche: Roma 2033, la candidatura ai Giochi | 2033
- | Dopo Euro 2021 la nazionale ha cambiato allenatore. | 2021
- | Il Comune ha distribuito alla Calabria 2000 coperte. | -
- | Oltre 2000 Marchigiani hanno firmato la petizione. | -
- | L'ufficio anagrafe è in Via Garibaldi 2024 al piano terra. | -
- | L'aula Magna 1950 è chiusa per lavori. | -
- | Il treno Regionale 2031 per Brescia è soppresso. | -
- | Per informazioni chiamate 1950 dalle otto. | -
- | La Legge di Bilancio 2027 è stata approvata in Senato. | -
- | Manovra 2026, il governo trova l'accordo sulle pensioni. | -

# --- senza anno, con riferimento
# una causale o una concessiva dopo la data ha un tempo suo
2023-10-06 | Lo stop della centrale a giugno, perché il governo non potrà pagare. | 2023-06
# "non oltre" fissa una scadenza, come "entro"
2019-03-29 | Il voto si deve tenere non oltre il 17 giugno, ha stabilito la Corte. | 2019-06-17
2019-03-29 | I prezzi sono saliti oltre il livello di giugno, ha detto l'Istat. | 2018-06
# l'evento alla cui vigilia succede qualcosa sta dal lato più vicino alla data
2022-06-22 | La lite è esplosa alla vigilia del vertice Ue del 23 giugno. | 2022-06-23
2025-10-02 | Il partito ha lanciato l'idea alla vigilia del voto dell'8 settembre. | 2025-09-08
# ciò che ci si aspetta sta davanti
2021-05-15 | I mercati restano calmi, ma nessuno si aspetta una decisione prima del consiglio di fine ottobre. | 2021-10
2021-05-15 | Gli analisti si aspettano un taglio dei tassi a luglio. | 2021-07
2021-05-15 | Il Comune aspetta i fondi da febbraio. | 2021-02
# l'imperfetto è un passato: fino a quel giorno le cose andavano così
2020-01-03 | Fino al 31 dicembre i treni partivano ogni ora dalla stazione vecchia. | 2019-12-31
2024-11-20 | A gennaio pagavamo il gas la metà, e le bollette saliranno ancora. | 2024-01
2024-11-20 | La ditta doveva consegnare i lavori a settembre. | 2024-09
2020-01-03 | Fino al 31 dicembre resta in vigore la tariffa ridotta. | 2020-12-31
2024-11-20 | L'iniziativa dei sindaci riparte a gennaio. | 2025-01
# la fine di un mese chiude un intervallo come il mese
2023-10-26 | Il successore è durato ancora meno: da marzo a fine agosto. | 2023-03 2023-08
# un intervallo di giorni della settimana va avanti: il primo è l'ultimo prima del secondo
2024-03-16 | Tra martedì e giovedì la delegazione ha visitato tre ministeri. | 2024-03-12 2024-03-14
2024-03-16 | Da lunedì a mercoledì il premier ha incontrato i sindacati. | 2024-03-11 2024-03-13
2024-03-16 | Lunedì il premier ha incontrato i sindacati e mercoledì gli industriali. | 2024-03-11 2024-03-13
# una frase aperta da pochi giorni e "dopo" continua dal giorno raccontato per ultimo
2022-01-08 | Il 1° gennaio 2002 arrivò l'euro. Pochi giorni dopo, il 7 gennaio, il ministro si dimise e il premier tenne il suo posto fino a ottobre. | 2002-01-01 2002-01-07 2002-10
2022-01-08 | Il 1° gennaio 2002 arrivò l'euro. Dopo il 7 gennaio il ministro si dimise. | 2002-01-01 2022-01-07
2025-07-21 | L'accordo è stato chiuso il 13 luglio ed entrerà in vigore il 1° gennaio 2027. Due giorni dopo, il 15 luglio, Giacarta ha firmato. | 2025-07-13 2027-01-01 2025-07-15
# what one would like, or what the calendar holds for one, lies ahead
2024-03-30 | Il sindaco vorrebbe riaprire il ponte a luglio. | 2024-07
2024-05-02 | Il governo, che a settembre affronta il voto di fiducia, cerca alleati. | 2024-09
2022-01-08 | Lunedì giura il nuovo governo. | 2022-01-10
2024-03-30 | Il nuovo governo ha giurato a febbraio. | 2024-02
# a capital after a word in lower case begins a name, no verb ("Nato")
2024-06-10 | Per il vertice Nato di luglio Kyiv chiede garanzie. | 2024-07
2024-06-10 | Firmato a luglio, l'accordo fu contestato. | 2023-07
2024-04-03 | la riunione del 19 marzo | 2024-03-19
2024-04-03 | la riunione del 19 settembre | 2023-09-19
2024-04-03 | il vertice si terrà il 19 settembre | 2024-09-19
2024-04-03 | il prossimo vertice si terrà a giugno | 2024-06
2024-04-03 | la conferenza è prevista per l'11-12 luglio | 2024-07-11 2024-07-12
2024-04-03 | lo scorso 24 febbraio | 2024-02-24
2024-04-03 | il prossimo 15 giugno | 2024-06-15
2024-04-03 | il prossimo 15 marzo | 2025-03-15
2024-04-03 | a gennaio | 2024-01
2024-04-03 | a dicembre | 2024-12
2024-04-03 | Il vertice si è tenuto a dicembre. | 2023-12
2024-04-03 | a dicembre dell'anno scorso | 2023-12
2024-04-03 | giugno dell'anno scorso | 2023-06
2024-04-03 | a giugno dell'anno prossimo | 2025-06
2024-04-03 | a giugno di quest'anno | 2024-06
2024-04-03 | lo scorso giugno | 2023-06
2024-04-03 | giugno scorso | 2023-06
2024-04-03 | marzo scorso | 2024-03
2024-04-03 | il prossimo giugno | 2024-06
2025-03-20 | Gli elettori della provincia votano il prossimo aprile. | 2025-04
2024-04-03 | il 19 settembre dell'anno scorso | 2023-09-19
2024-04-03 | fine marzo | 2024-03
2024-04-03 | a metà giugno | 2024-06
2024-04-03 | L'accordo è stato firmato a metà giugno. | 2023-06
2024-04-03 | entro fine anno | 2024
2024-04-03 | entro la fine dell'anno | 2024
2024-04-03 | alla fine del mese | 2024-04
2024-04-03 | a Natale | 2024-12-25
2024-04-03 | Ci siamo visti a Natale. | 2023-12-25
2024-04-03 | a Ferragosto si terrà la festa | 2024-08-15
2024-04-03 | la vigilia di Natale del 2022 | 2022-12-24
2025-01-02 | Il traghetto è salpato alla vigilia di Capodanno. | 2024-12-31
2024-12-20 | Il concerto si terrà la vigilia di Capodanno in piazza. | 2024-12-31
2024-04-03 | Babbo Natale | -
- | del 19 settembre e del 15 giugno | XXXX-09-19 XXXX-06-15
- | a febbraio | XXXX-02
- | l'anno scorso | -
- | lo scorso giugno | -
2013-02-12 | 3 marzo | 2013-03-03
2013-02-12 | il 3 marzo | 2013-03-03
2013-02-12 | il primo marzo | 2013-03-01
2013-02-12 | 1° marzo | 2013-03-01
2013-02-12 | il tre marzo | 2013-03-03
2013-02-12 | marzo | 2013-03
2013-02-12 | a marzo | 2013-03
2013-02-12 | Natale | 2013-12-25
2013-02-12 | il giorno di San Valentino | 2013-02-14

# --- giorni relativi
2013-02-12 | oggi | 2013-02-12
2013-02-12 | ieri | 2013-02-11
2013-02-12 | domani | 2013-02-13
2013-02-12 | dopodomani | 2013-02-14
2013-02-12 | dopo domani | 2013-02-14
2013-02-12 | l'altro ieri | 2013-02-10
2013-02-12 | l’altro ieri | 2013-02-10
2013-02-12 | ieri l'altro | 2013-02-10
2013-02-12 | altroieri | 2013-02-10
2013-02-12 | stasera | 2013-02-12
2013-02-12 | stamattina | 2013-02-12
2013-02-12 | questa mattina | 2013-02-12
2013-02-12 | domani mattina | 2013-02-13
2013-02-12 | ieri sera | 2013-02-11
2013-02-12 | domani alle 17 | 2013-02-13
2024-04-03 | Il ministro ha annunciato ieri un nuovo pacchetto, che sarà presentato domani. | 2024-04-02 2024-04-04
- | ieri | -
2024-04-03 | ora | -

# --- giorni della settimana
2013-02-12 | lunedì | 2013-02-11
2013-02-12 | lunedì prossimo | 2013-02-18
2016-11-07 | sabato prossimo | 2016-11-12
2013-02-12 | il prossimo lunedì | 2013-02-18
2013-02-12 | venerdì scorso | 2013-02-08
2013-02-12 | lo scorso venerdì | 2013-02-08
2013-02-12 | martedì della prossima settimana | 2013-02-19
2013-02-12 | mercoledì della settimana scorsa | 2013-02-06
2013-02-12 | sabato 2 marzo alle 10 | 2013-03-02
2024-04-03 | il rapporto pubblicato lunedì | 2024-04-01
2024-04-03 | Il rapporto sarà pubblicato venerdì. | 2024-04-05
2024-04-03 | Il ministro ha parlato mercoledì. | 2024-04-03
2024-04-03 | giovedì | 2024-04-04
2024-04-03 | Domenica ha detto di no. | 2024-03-31
- | venerdì | -
2024-03-13 | aperto dal lunedì al venerdì | -
2024-03-13 | orari: lun-ven 9-18 | -
2024-02-10 | giovedì 15 si terrà la riunione | 2024-02-15
2024-03-13 | giovedì 15 | 2024-02-15
2023-11-17 | venerdì 24 novembre il Nord, lunedì 27 alla Sardegna | 2023-11-24 2023-11-27
2023-11-17 | lunedì 27 a Cagliari | 2023-11-27
2023-11-17 | lunedì 15 persone sono morte | 2023-11-20
2024-04-03 | La crisi è finita: martedì Bianchi ha accettato le dimissioni. | 2024-04-02
2024-04-03 | Lunedì Bianchi aveva annunciato la sospensione. | 2024-04-01
2024-04-03 | Il programma si chiama Martedì Sera e va in onda alle 21. | -
2024-04-03 | giovedì 28 il Consiglio ha approvato il testo. | 2024-03-28
2024-03-13 | Giovedì 14 marzo | 2024-03-14
2024-03-13 | giovedì tre persone sono state arrestate | 2024-03-07
2013-02-12 | gio 14 febbraio | 2013-02-14
2013-02-12 | dom 17 | 2013-02-17

# --- unità relative
2013-02-12 | la settimana scorsa | 2013-W06
2013-02-12 | la scorsa settimana | 2013-W06
2013-02-12 | questa settimana | 2013-W07
2013-02-12 | la settimana prossima | 2013-W08
2013-02-12 | la prossima settimana | 2013-W08
2013-02-12 | il mese scorso | 2013-01
2013-02-12 | lo scorso mese | 2013-01
2013-02-12 | questo mese | 2013-02
2013-02-12 | il mese prossimo | 2013-03
2013-02-12 | il prossimo mese | 2013-03
2013-02-12 | l'anno scorso | 2012
2013-02-12 | l’anno scorso | 2012
2013-02-12 | lo scorso anno | 2012
2013-02-12 | l'anno passato | 2012
2013-02-12 | quest'anno | 2013
2013-02-12 | quest’anno | 2013
2013-02-12 | quest anno | 2013
2013-02-12 | l'anno prossimo | 2014
2013-02-12 | il prossimo anno | 2014
2013-02-12 | l'anno corrente | 2013
2013-02-12 | nei prossimi anni | -
2013-02-12 | negli ultimi anni | -
2013-02-12 | nell'ultimo anno | -
2013-02-12 | per un anno | -
2013-02-12 | da un anno | -
2013-02-12 | il quarto pacchetto | -

# --- conteggi
2013-02-12 | 3 giorni fa | 2013-02-09
2013-02-12 | tre giorni fa | 2013-02-09
2013-02-12 | due settimane fa | 2013-01-29
2013-02-12 | una settimana fa | 2013-02-05
2013-02-12 | un mese fa | 2013-01
2013-02-12 | un anno fa | 2012
2013-02-12 | dieci anni fa | 2003
2013-02-12 | quasi dieci anni fa | -
2013-02-12 | più di due anni fa | -
2013-02-12 | circa vent'anni fa | -
2013-02-12 | solo due giorni fa | 2013-02-10
2013-02-12 | tra 3 giorni | 2013-02-15
2013-02-12 | fra 3 giorni | 2013-02-15
2013-02-12 | tra due settimane | 2013-02-26
2013-02-12 | tra una settimana | 2013-02-19
2013-02-12 | fra un mese | 2013-03
2013-02-12 | tra 2 e 3 giorni | -
2013-02-12 | per 3 mesi | -
2013-02-12 | da sei anni | -
2013-02-12 | per i prossimi sei anni | -
2013-02-12 | un uomo di 45 anni | -
2013-02-12 | la 15ª riunione | -
2013-02-12 | la quindicesima riunione | -

# --- news sentences
2024-04-03 | Leggi anche: Il governo approverà la riforma entro l'estate (28 marzo) | 2024-03-28
2024-04-03 | Il governo approverà la riforma (28 marzo) | 2025-03-28
2024-05-20 | La Rada ha approvato la legge il 16 maggio e il presidente dovrebbe firmarla questa settimana. | 2024-05-16 2024-W21
2024-05-20 | Le forze russe hanno lanciato 27 droni nella notte, ha riferito domenica l'aeronautica. | 2024-05-19
2024-05-20 | Dal 10 maggio Kharkiv viene bombardata ogni giorno. | 2024-05-10
# a weekday after "ogni" or the article is a weekly habit; alone, one day
2025-01-20 | Il giovedì e il venerdì le code al Brennero arrivano a 40 chilometri. | -
2025-01-20 | Ogni giovedì le code arrivano a 40 chilometri, giovedì sono arrivate a 50. | 2025-01-16
2024-05-20 | Il vertice del G7 in Puglia, dal 13 al 15 giugno, discuterà dei beni congelati. | 2024-06-13 2024-06-15
2024-05-20 | Nel 2023 l'economia ucraina è cresciuta del 5,3%, dopo il crollo del 29,1% nel 2022. | 2023 2022
2024-05-20 | I sistemi Patriot, del valore di 2,5 miliardi di dollari, sono stati consegnati ad aprile. | 2024-04
2024-05-20 | Hanno partecipato circa 1.500 persone, contro le 1.200 dell'anno prima. | -
2024-05-20 | Ha servito 12 anni nell'esercito ed è andato in pensione a 55 anni. | -
2024-05-20 | I colloqui di Gedda dell'agosto 2023 si sono conclusi senza accordo. | 2023-08
2024-05-20 | La legge è passata con 311 voti a favore e 101 contrari. | -
2024-05-20 | La conferenza, in programma l'11 e il 12 giugno a Berlino, sarà dedicata alla ricostruzione. | 2024-06-11 2024-06-12
2024-05-20 | Oggi pomeriggio il ministro ha incontrato il suo omologo. | 2024-05-20
2024-05-20 | Il ministero ha detto venerdì 17 maggio di aver ricevuto il primo lotto. | 2024-05-17
2024-05-20 | Il Consiglio Ue ha deciso il 14 dicembre 2023 di aprire i negoziati. | 2023-12-14
2024-05-20 | Numero verde 800 505 080, dalle 9 alle 18. | -
2024-05-20 | La formula di pace in 10 punti presentata nel novembre 2022. | 2022-11

# --- assorted expressions
2016-11-07 | sabato scorso | 2016-11-05
2016-11-07 | venerdì 4 novembre 2016 | 2016-11-04
2016-11-07 | fra tre settimane | 2016-11-28
2016-11-07 | il 12 gennaio scorso | 2016-01-12
2016-11-07 | il 12 gennaio prossimo | 2017-01-12
2016-11-07 | dall'1 al 3 dicembre | 2016-12-01 2016-12-03
# the closing end's year, after a range word elided before its day
2024-04-03 | Il festival si terrà dal 29 giugno all'8 luglio 2026. | 2026-06-29 2026-07-08
2024-04-03 | La mostra resterà aperta dal 14 novembre all'11 gennaio 2026. | 2025-11-14 2026-01-11
2016-11-07 | nel mese di agosto 2015 | 2015-08
2016-11-07 | a fine settembre | 2016-09
2016-11-07 | ha 40 anni e due figli | -
2016-11-07 | una vittoria per 2-0 | -
2016-11-07 | un piano decennale 2016-2026 | 2016 2026
2016-11-07 | all'inizio del prossimo anno | 2017
2016-11-07 | oggi pomeriggio | 2016-11-07
2016-11-07 | da ieri | 2016-11-06
2016-11-07 | lo scorso mese di ottobre | 2016-10
2016-11-07 | nei primi giorni di dicembre | 2016-12
2016-11-07 | il 7/11/2016 | 2016-11-07
# --- mesi relativi, settimane di un mese, conteggi in parole
2016-11-07 | il 15 del mese prossimo | 2016-12-15
2016-11-07 | il primo giorno del mese prossimo | 2016-12-01
2016-11-07 | l'ultimo giorno del mese | 2016-11-30
2016-11-07 | la prima settimana di ottobre | 2016-W39
2024-07-09 | Nella prima settimana del mandato il sindaco ha firmato tre ordinanze. | -
2016-11-07 | un paio di giorni fa | 2016-11-05
2016-11-07 | stanotte | 2016-11-07
2016-11-07 | la notte scorsa | 2016-11-06
2024-07-09 | nel terzo trimestre dell'anno | 2024
2024-07-09 | nel terzo trimestre della partita | -
2024-07-09 | alle ore 15 in piazza | -
2024-07-09 | Le Olimpiadi si aprono il 26 luglio e il campionato inizierà il 18 agosto. | 2024-07-26 2024-08-18
# a deadline under a past verb; what is expected or on the calendar
2025-01-21 | I ministri hanno chiesto a Bucarest di adottare entro il 15 febbraio nuove misure. | 2025-02-15
2024-11-23 | La mostra è rimasta aperta fino al 30 settembre. | 2024-09-30
2025-01-21 | Il prossimo Ecofin è in calendario l'11 febbraio. | 2025-02-11
2025-09-09 | E venerdì è atteso il giudizio dell'agenzia Fitch. | 2025-09-12
2025-09-09 | Venerdì è stato pubblicato il giudizio dell'agenzia Fitch. | 2025-09-05
# "più atteso" is an adjective, and a past of "essere" after it is no future
2023-03-10 | Lunedì sera, nel rimpasto del governo, il nome più atteso era quello di un ex sindaco. | 2023-03-06
2023-03-10 | Lunedì il trattato sarà firmato a Roma. | 2023-03-13
# a deadline after a full date of its sentence is the first one after it
2024-06-12 | Il divieto deciso il 20 giugno 2023 dalla ministra aveva sospeso la pesca fino al 31 agosto. | 2023-06-20 2023-08-31
2024-06-12 | Il 3 marzo 2024 il ministero ha prorogato il regime fino al 31 agosto. | 2024-03-03 2024-08-31
# an ordinal word before a time of day; a street named after a date
2023-02-10 | Una seconda scossa ha colpito l'area nel primo pomeriggio. | -
2023-02-10 | Dal primo marzo 2023 cambiano le regole. | 2023-03-01
2025-10-18 | Il titolare di via XX Settembre ha difeso la manovra. | -
2025-10-18 | Il corteo partirà da piazza IV Novembre il 4 novembre. | 2025-11-04
2023-05-24 | Il decreto sospende fino al 31 agosto i versamenti fiscali. | 2023-08-31
2023-10-24 | Il decreto ha sospeso fino al 31 agosto i versamenti fiscali. | 2023-08-31
# a conditional of "dovere" or "potere" speaks of what lies ahead
2022-01-18 | Le navi partono oggi e dovrebbero arrivare venerdì. | 2022-01-18 2022-01-21
2022-01-18 | Secondo il ministro, la decisione potrebbe arrivare venerdì. | 2022-01-21
2022-01-18 | L'incontro sarebbe avvenuto venerdì. | 2022-01-14
# the new date of something moved, and "da qui a", lie ahead
2025-02-10 | La scadenza è stata spostata al 18 febbraio e nessuno scommette. | 2025-02-18
2024-04-30 | Il contributo si paga in 29 giornate da qui al 14 luglio. | 2024-07-14
2025-02-10 | Il vertice si è tenuto il 2 febbraio. | 2025-02-02
# a weekday a decision makes a day of something lies on its nearer side
2025-01-21 | Il governo ha proclamato giovedì giornata di lutto nazionale. | 2025-01-23
2025-01-21 | Giovedì il governo ha proclamato una giornata di lutto. | 2025-01-16
# a verb of a state that holds is in the present: it ends the search of
# the sentence, and a future beyond it says nothing of the date
2021-11-16 | La delibera del 3 giugno, che fissa nuove regole, resta valida finché il consiglio avrà un mandato. | 2021-06-03
2022-12-18 | L'azienda continua a indicare marzo come mese di consegna. | 2023-03
2022-12-18 | Da luglio il prezzo del gas continua a salire. | 2022-07
2022-12-18 | L'azienda ha indicato marzo come mese di consegna. | 2022-03
# what a noun has in force from a date, with no verb of its own, began
# on either side of the anchor, whatever the sentence's verb
2020-01-20 | Il piano dovrebbe rafforzare la tregua in vigore dal 12 gennaio nella regione. | 2020-01-12
2020-01-20 | La tregua entrerà in vigore dal 12 gennaio. | 2021-01-12
# a date ahead written with its year dates the later days listed after it
2025-02-10 | Il nuovo Parlamento si riunisce il 12 marzo 2026 e il voto sul bilancio segue il 20 maggio. | 2026-03-12 2026-05-20
# a currency after a number makes it an amount
2023-05-20 | I turisti pagavano con banconote da 2000 rupie. | -
2023-05-20 | Nel 2000 la rupia perse terreno. | 2000
# a deadline for what was asked to be done lies after the asking
2023-06-02 | L'opposizione ha chiesto di votare la riforma entro dicembre. | 2023-12
2023-06-02 | Il cantiere è rimasto aperto fino a dicembre. | 2022-12
# a count of units from an event sets its date that far from the anchor
2018-06-01 | Il governo ceco, ancora senza fiducia a otto mesi dal voto di ottobre, ha chiesto tempo. | 2017-10
2025-08-26 | La premier, che a due settimane dalle elezioni dell'8 settembre ha ribadito la linea, parla in tv. | 2025-09-08
2024-06-16 | La coalizione si è spaccata, a poco più di tre mesi dalle elezioni del 29 settembre. | 2024-09-29
2025-01-22 | Appena due mesi prima, il 2 aprile, il presidente aveva giurato. | 2024-04-02
# a re-election is told with a participle of the past
2018-06-01 | La presidente, rieletta in aprile con largo margine, promette che il governo durerà. | 2018-04
2018-06-01 | I deputati, eletti in aprile, giurano oggi. | 2018-04 2018-06-01
# a weekday joined to "domani" or "ieri" lies on its side of the anchor
2025-04-23 | Uffici pubblici chiusi domani e venerdì | 2025-04-24 2025-04-25
2025-04-23 | Sciopero dei treni ieri e lunedì | 2025-04-22 2025-04-21
2025-04-23 | Mostra aperta oggi e venerdì | 2025-04-23 2025-04-18
# holding an office since a month is a state begun then
2025-03-31 | La ministra, che da agosto guida anche il dicastero dell'Energia, accusa Washington. | 2024-08
2025-03-31 | Il senatore, che da settembre presiede la commissione, chiede tempo. | 2024-09
2025-03-31 | Sotto la guida di Rossi, da settembre il partito cambierà linea. | 2025-09
# a participle of the future with its agent tells who foresaw, not when
2018-07-12 | Il ministro ha difeso i centri previsti dall'accordo del vertice del 28 giugno. | 2018-06-28
2018-07-12 | Il ministro ha difeso l'aumento previsto dal 1° settembre. | 2018-09-01
# a verb of being after a subject that is to come says what comes next
2018-07-12 | La prossima tappa della trattativa è il vertice di Vienna, il 20 settembre. | 2018-09-20
2018-07-12 | L'ultima tappa della trattativa è stata il vertice di Vienna, il 20 settembre. | 2017-09-20
# a past of lasting before "fino a" ends the thing behind the anchor; a
# verb that sets a term leaves it on its nearer side
2024-11-20 | L'ex prefetto, che è rimasto in carica fino a febbraio, critica la riforma. | 2024-02
2024-11-20 | Il governo ha prorogato lo stato di emergenza fino a febbraio. | 2025-02
# a bare weekday with no tense is the one the text dates elsewhere, when
# that day is within a week of the anchor; a tense of its own keeps it
2025-01-01 | Giovedì l'udienza a Roma. Giovedì 2 gennaio l'imputato comparirà davanti al giudice. | 2025-01-02
2025-01-01 | Giovedì si è riunito il consiglio. Giovedì 2 gennaio l'imputato comparirà davanti al giudice. | 2024-12-26 2025-01-02
# a shift verb in the present moves the date ahead, as its passive does
2019-04-10 | Il pagamento della rata slitta al 15 gennaio. | 2020-01-15
2019-04-10 | Il pagamento della rata è tornato al 15 gennaio. | 2019-01-15
# a day named twice without its year is one day: the reading nearer the
# anchor wins, unless a weekday written with it decides
2022-12-10 | Il ministro lascerà l'incarico il 31 dicembre. Il governo aveva indicato come data il 31 dicembre. | 2022-12-31
# a deadline of "l'anno" or "il mese" with nothing after is this one's end
2023-03-08 | Il ministro assicura che il decreto arriverà entro l'anno. | 2023
2023-03-08 | La legge sarà approvata entro il mese, dice il relatore. | 2023-03
2023-03-08 | Il cantiere sarà chiuso entro un anno. | -
2023-03-08 | Il contratto vale fino all'anno 2030. | 2030
# the participles of "dimettersi" and its kin make the passato prossimo
2020-11-23 | Mercoledì il sindaco di Parma si è dimesso dopo lo scandalo. | 2020-11-18
2020-11-23 | Il giudice ha rimesso giovedì gli atti alla Consulta. | 2020-11-19
2020-11-23 | Mercoledì il sindaco di Parma si dimetterà. | 2020-11-25
# "sul" before a lone year stakes something on it
2025-03-01 | Il partito scommette tutto sul 2027, anno del voto. | 2027
2025-03-01 | La sfida vera si decide sul 2028. A maggio di quell'anno si vota. | 2028 2028-05
2025-03-01 | Lo sconto sul 2000 euro di spesa vale fino a domenica. | 2025-03-02
# "contare di" is to intend
2019-06-06 | La ministra conta di incontrare sabato i sindacati a Bari. | 2019-06-08
2019-06-06 | Sabato la commissione conta i voti del referendum. | 2019-06-01
# "da" before an infinitive makes it what is to be done: the past before
# tells when it was set, and the date lies on either side
2021-10-09 | L'opposizione aveva depositato una mozione da discutere martedì in aula. | 2021-10-12
2021-10-09 | L'opposizione aveva depositato martedì una mozione da discutere in aula. | 2021-10-05
2021-10-09 | Il governo presenterà un piano da approvare a marzo. | 2022-03
# an invitation is to what is to come: told in the past, its date lies on
# its nearer side
2024-07-05 | Il presidente brasiliano ha invitato la premier al vertice di novembre. | 2024-11
2024-07-05 | Il presidente brasiliano ha ospitato la premier al vertice di novembre. | 2023-11
# the calendar's present: what is voted on a day lies ahead
2025-06-13 | In Cile si vota il 16 novembre e i sondaggi danno in testa la destra. | 2025-11-16
2025-06-13 | La Borsa di Mosca riapre lunedì dopo la pausa. | 2025-06-16
2025-06-13 | In Cile si è votato il 16 novembre e i sondaggi davano in testa la destra. | 2024-11-16
# l'anno subito dopo delle elezioni ne nomina l'edizione; quello di un
# bilancio è il suo nome
2025-03-25 | Il bilancio 2026 taglia i fondi alla sanità. | -
2025-03-25 | Elezioni 2027, il centrodestra cerca un candidato. | 2027
2025-03-25 | Le elezioni hanno coinvolto 1980 seggi. | -
# un inciso dopo la data, tra virgole, parla del suo nome: decide il verbo
# della frase dopo di esso
2024-02-23 | Sabato, nell'anniversario dell'invasione, la premier, che ha guidato il gruppo dei Sette, ospiterà una videoconferenza. | 2024-02-24
2024-02-23 | Sabato il sindaco, che guida l'associazione, ha inaugurato la statua. | 2024-02-17
# un participio dopo una preposizione articolata è un nome: "al posto di"
2000-03-02 | La nuova rettrice, che entrerà in carica il 20 marzo al posto del predecessore, ha parlato ai giornalisti. | 2000-03-20
2000-03-02 | Il rettore è entrato in carica il 20 febbraio al posto del predecessore. | 2000-02-20
# ciò che è durato da un inizio è cominciato prima dell'ancora
2025-08-22 | Dal 1° gennaio, dopo la chiusura del valico, il porto è rimasto l'unica via d'uscita. | 2025-01-01
2025-08-22 | Dal 1° gennaio, con la riforma, il porto è stato affidato a un nuovo ente. | 2026-01-01
# la scadenza di un titolo è il suo anno
2025-03-25 | Il Tesoro ha collocato titoli con scadenza 2031 a un tasso record. | 2031
2025-03-25 | Il bond ha una scadenza di 10 anni e rende 1200 punti base. | -
# the calendar's present of what starts on a day
2019-08-26 | Giovedì entrano in vigore i nuovi dazi sull'acciaio. | 2019-08-29
2019-08-26 | Il vertice dei ministri inizia martedì a Bruxelles. | 2019-08-27
2019-08-26 | Giovedì scorso è entrato in vigore il decreto. | 2019-08-22
2019-08-26 | L'entrata in vigore di mercoledì ha sorpreso tutti. | 2019-08-21
# but not of a date that "del" joins to a noun
2024-03-23 | Dopo il parere della Commissione del 12 marzo, il Paese entra finalmente nel gruppo dei candidati. | 2024-03-12
2024-03-23 | Il parere della Commissione del 12 marzo entra nel fascicolo del vertice. | 2024-03-12
# "fissato al", "fissato per" is set for a date, as "set for"
2020-05-04 | Il bonus arriverà in tempo per il referendum ora fissato al 14 giugno. | 2020-06-14
2020-05-04 | Il congresso, fissato per il 9 giugno, è stato confermato dal partito. | 2020-06-09
2020-05-04 | Le nuove tariffe fissate a gennaio non sono cambiate. | 2020-01
2020-05-04 | Il prezzo fissato il 21 febbraio resta valido. | 2020-02-21
2020-05-04 | Il canone fu fissato per decreto il 3 marzo. | 2020-03-03
# il punto prima di una minuscola chiude un'abbreviazione, non la frase
2024-03-13 | Il governo impugnerà la norma, ma lunedì la c.d. cabina di regia ha approvato il piano. | 2024-03-11
2024-03-13 | Il governo ha impugnato la norma a.C. Lunedì la cabina di regia approverà il piano. | 2024-03-18
# "per" e l'evento del giorno: il giorno fissato di ciò per cui si lavora sta dal lato più vicino
2024-03-13 | Il partito è entrato in campagna per il voto del 20 aprile. | 2024-04-20
2024-03-13 | Lo stesso valeva per la sentenza di aprile della Cassazione. | 2023-04
# la parola del termine del periodo si elide davanti a una vocale: "all'11"
2024-03-13 | La fiera si terrà dal 9 all'11 maggio a Bologna. | 2024-05-09 2024-05-11
2024-03-13 | Il vertice è fissato tra il 6 e l'8 aprile. | 2024-04-06 2024-04-08
2024-03-13 | Il turno va dal 9 all'una di notte. | -
# "anticipate" delle elezioni anticipate è un aggettivo, non un passato
2019-01-20 | La Lega insiste: elezioni anticipate a marzo. | 2019-03
2019-01-20 | Sullo sfondo, la tentazione del premier di andare a elezioni anticipate a marzo. | 2019-03
# lo stato detto prima del suo inizio con "da" è cominciato allora: "aspettiamo da marzo"
2021-10-06 | «Aspettiamo i rimborsi da marzo», dicono i commercianti. | 2021-03
2021-10-06 | Le famiglie attendono da marzo una risposta. | 2021-03
2021-10-06 | I lavori sono fermi da marzo. | 2021-03
2021-10-06 | Gli esami sono previsti tra marzo e aprile. | 2022-03 2022-04
2021-10-06 | Il nuovo orario partirà da marzo. | 2022-03
# un infinito che apre la frase come soggetto non ha tempo: il giorno più vicino
2019-02-06 | Andare giovedì a Bruxelles senza una proposta comune non aiuta il negoziato. | 2019-02-07
2019-02-06 | Giovedì il ministro è andato a Bruxelles. | 2019-01-31
# "dopo" una data, con il verbo della sua frase al presente, è "da" allora
2019-02-04 | Dopo giovedì la trattativa è di nuovo in salita. | 2019-01-31
2019-02-04 | Dopo martedì il prezzo del gas è più alto. | 2019-01-29
2019-02-04 | Dopo giovedì la trattativa sarà di nuovo in salita. | 2019-02-07
# un numero nudo messo accanto a un numero appena prima conta come quello
2019-02-04 | Nei sondaggi i liberali sono tra il 12 e il 15. | -
2019-02-04 | L'aliquota passerà al 9 per cento dal 7. | -
2019-02-04 | Il ministro ha detto che tornerà il 21. | 2019-02-21
# una parte del giorno e "del" fanno del numero nudo un giorno del mese
2019-02-04 | Il vertice è saltato il 30 gennaio. La notte del 31 il premier ha lasciato Roma. | 2019-01-30 2019-01-31
2019-02-04 | Il vertice è saltato il 30 gennaio. La mattina del 2 i ministri si sono riuniti. | 2019-01-30 2019-02-02
2019-02-04 | La sera del debutto 20 persone erano in fila. | -
# un fuso orario dopo quattro cifre ne fa un'ora del giorno
2024-07-26 | Il listino guadagnava lo 0,4% entro le 1400 GMT. | -
2024-07-26 | Il listino guadagna lo 0,4% dal 2014. | 2014
# "questa domenica" al passato è quella trascorsa; al futuro, quella che viene
2024-02-20 | Il governo ha promesso questa domenica nuovi fondi. | 2024-02-18
2024-02-20 | Si vota questa domenica in tutto il Paese. | 2024-02-25
# una domanda senza passato né futuro chiede di ciò che viene
2025-03-20 | E a giugno cosa succede ai prezzi? | 2025-06
2025-03-20 | Cosa è cambiato a giugno? | 2024-06
# le voci di un programma senza verbo: i giorni più vicini, o dal lato
# del tempo che il paragrafo ha detto prima
2018-05-05 | La carovana ripartirà presto. Lunedì il volo per Bari, martedì la tappa di Matera. | 2018-05-07 2018-05-08
2018-05-05 | Il viaggio fu breve. Lunedì il volo per Bari, martedì la tappa di Matera. | 2018-04-30 2018-05-01
2018-05-05 | Lunedì il volo per Bari, martedì la tappa di Matera. | 2018-05-07 2018-05-08
2018-05-05 | Lunedì il sindaco firma l'ordinanza. | 2018-04-30
# una preposizione e il suo nome tra il verbo al passato e l'infinito
2023-07-31 | Gli agricoltori hanno chiesto al governo di prorogare i dazi dopo il 20 settembre. | 2023-09-20
2023-07-31 | Il governo ha abolito i dazi dopo il 20 settembre. | 2022-09-20
# il giorno prima o dopo l'ultimo giorno detto nel paragrafo
2024-06-13 | Il Senato ha approvato la legge il 3 maggio. Il giorno dopo è arrivata la firma. | 2024-05-03 2024-05-04
2024-06-13 | Il giorno dopo il voto è arrivata la firma. | -
# un numero in lettere dopo l'articolo conta persone, non è il giorno
2024-07-11 | Mercoledì i due si sono sentiti al telefono. | 2024-07-10
2024-07-11 | Martedì le tre hanno firmato il contratto. | 2024-07-09
2024-07-11 | Giovedì gli undici si sono dimessi. | 2024-07-11
2024-07-11 | Martedì il 16 si chiude la sessione. | 2024-07-16
2024-07-11 | Lunedì 8 i sindacati hanno scioperato. | 2024-07-08
# la relativa dell'evento dopo una data dice quando fu, qualunque cosa dica il verbo della frase
2016-04-15 | Il ministro dovrà valutare gli effetti del voto del 6 aprile, nel quale gli elettori hanno respinto il trattato. | 2016-04-06
2016-04-15 | Il ministro dovrà valutare gli effetti del voto del 6 aprile, quando l'affluenza si è fermata al 30%. | 2016-04-06
2016-04-15 | I leader firmeranno il patto al vertice del 28 aprile, nel quale discuteranno anche di energia. | 2016-04-28
# una festa elencata dopo "festività" è la festività, che torna ogni anno: nessuna data
2025-09-10 | Il ministro vuole abolire due festività, Pasquetta e Ognissanti. | -
2025-09-10 | I negozi sono rimasti chiusi a Pasquetta. | 2025-04-21
`
