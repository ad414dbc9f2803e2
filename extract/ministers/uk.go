package ministers

// Ukrainian title vocabulary. Titles decline, and a name after a title
// stands in the title's case ("з міністром оборони Рустемом Умєровим"), so
// every case form is listed with its case. A заступник державного
// секретаря is not a minister; a державний секретар counts only as the US
// Secretary of State.

// ukForm is one case form, written as the ending added to a stem.
type ukForm struct {
	end    string
	c      gcase
	plural bool
}

// Declension patterns of the title nouns.
var (
	// міністр, прем'єр: hard masculine.
	ukHardMasc = []ukForm{
		{"", caseNom, false}, {"а", caseGen, false}, {"у", caseDat, false}, {"ові", caseDat, false},
		{"ом", caseIns, false}, {"і", caseLoc, false}, {"е", caseNom, false},
		{"и", caseNom, true}, {"ів", caseGen, true}, {"ам", caseDat, true}, {"ами", caseIns, true}, {"ах", caseLoc, true},
	}
	// заступник, очільник, керівник: masculine ending in -к.
	ukVelarMasc = []ukForm{
		{"", caseNom, false}, {"а", caseGen, false}, {"у", caseDat, false}, {"ові", caseDat, false},
		{"ом", caseIns, false}, {"и", caseNom, true}, {"ів", caseGen, true}, {"ам", caseDat, true}, {"ами", caseIns, true},
	}
	// держсекретар: soft masculine in -р.
	ukSoftMasc = []ukForm{
		{"", caseNom, false}, {"я", caseGen, false}, {"ю", caseDat, false}, {"еві", caseDat, false},
		{"ем", caseIns, false}, {"і", caseNom, true}, {"ів", caseGen, true},
	}
	// міністерка, прем'єрка: feminine in -ка (the stem ends before "к").
	ukFemKa = []ukForm{
		{"ка", caseNom, false}, {"ки", caseGen, false}, {"ці", caseDat, false}, {"ку", caseAcc, false},
		{"кою", caseIns, false}, {"ко", caseNom, false}, {"ок", caseGen, true},
	}
	// заступниця, очільниця: feminine in -ця (the stem ends before "ц").
	ukFemTsia = []ukForm{
		{"ця", caseNom, false}, {"ці", caseGen, false}, {"цю", caseAcc, false}, {"цею", caseIns, false},
		{"ці", caseNom, true}, {"ць", caseGen, true},
	}
	// глава, голова: nouns in -а of either gender.
	ukA = []ukForm{
		{"а", caseNom, false}, {"и", caseGen, false}, {"і", caseDat, false}, {"у", caseAcc, false}, {"ою", caseIns, false},
	}
	// Adjectives: перший, колишній, новий (hard and soft stems).
	ukAdjHard = []ukForm{
		{"ий", caseNom, false}, {"ого", caseGen, false}, {"ому", caseDat, false}, {"им", caseIns, false},
		{"а", caseNom, false}, {"ої", caseGen, false}, {"ій", caseDat, false}, {"у", caseAcc, false}, {"ою", caseIns, false},
		{"е", caseNom, false}, // the neuter of "міністерство": "нове міністерство"
	}
	ukAdjSoft = []ukForm{
		{"ій", caseNom, false}, {"ього", caseGen, false}, {"ьому", caseDat, false}, {"ім", caseIns, false},
		{"я", caseNom, false}, {"ьої", caseGen, false}, {"ю", caseAcc, false}, {"ьою", caseIns, false},
	}
)

// ukDecline lists "prefix+stem+ending" for every form of a pattern, with
// the entry tmpl completed by each form's case and number.
func ukDecline(stem string, forms []ukForm, tmpl entry) []def {
	out := make([]def, 0, len(forms))
	for _, f := range forms {
		e := tmpl
		e.gcase = f.c
		e.plural = e.plural || f.plural
		out = append(out, def{stem + f.end, e})
	}
	return out
}

// ukPostVerbs hold, take or keep a post ("посаду"), whose holder is
// their subject in the nominative: "Олексій Кулеба зберігає посаду
// віцепрем'єр-міністра", "посаду міністра закордонних справ отримав X".
// Read-only.
var ukPostVerbs = []string{"обіймає", "обіймав", "обіймала", "обіймали", "обійняв", "обійняла", "обійме",
	"займає", "займав", "займала", "зайняв", "зайняла", "займе", "посідає", "посідав", "посідала", "посів", "посіла",
	"зберігає", "зберіг", "зберегла", "зберігши", "обіймаючи", "отримав", "отримала", "отримає", "отримує"}

func ukrainian() langData {
	minister := entry{role: roleMinister, kind: kindMinister}
	pm := entry{role: rolePM, kind: kindMinister}
	premier := entry{role: rolePM, kind: kindMinister} // "прем'єр" is the prime minister
	chancellor := entry{role: rolePM, kind: kindChancellor}
	viceChancellor := entry{role: roleDPM, kind: kindChancellor}
	dpm := entry{role: roleDPM, kind: kindMinister}
	viceMinister := entry{role: roleDeputy, kind: kindMinister}
	headOf := entry{role: roleMinister, kind: kindHeadOf}
	secState := entry{role: roleMinister, kind: kindSecState, portfolio: "foreign_affairs"}
	fem := func(e entry) entry { e.fem = true; return e }
	former := func(e entry) entry { e.former = true; return e }

	var heads []def
	add := func(ds ...[]def) {
		for _, d := range ds {
			heads = append(heads, d...)
		}
	}
	add(
		ukDecline("міністр", ukHardMasc, minister),
		ukDecline("міністер", ukFemKa, fem(minister)),
		ukDecline("ексміністр", ukHardMasc, former(minister)),
		ukDecline("ексміністер", ukFemKa, fem(former(minister))),
		// the 2019 spelling writes "віце" into the word: віцеміністр
		ukDecline("віцеміністр", ukHardMasc, viceMinister),
		ukDecline("віцеміністер", ukFemKa, fem(viceMinister)),
		ukDecline("прем'єр-міністр", ukHardMasc, pm),
		ukDecline("прем'єр-міністер", ukFemKa, fem(pm)),
		ukDecline("прем'єр", ukHardMasc, premier),
		ukDecline("прем'єр", ukFemKa, fem(premier)),
		ukDecline("віцепрем'єр-міністр", ukHardMasc, dpm),
		ukDecline("віцепрем'єр-міністер", ukFemKa, fem(dpm)),
		ukDecline("віцепрем'єр", ukHardMasc, dpm),
		ukDecline("віцепрем'єр", ukFemKa, fem(dpm)),
		ukDecline("канцлер", ukHardMasc, chancellor),
		ukDecline("канцлер", ukFemKa, fem(chancellor)),
		ukDecline("віцеканцлер", ukHardMasc, viceChancellor),
		ukDecline("держсекретар", ukSoftMasc, secState),
		ukDecline("глав", ukA, headOf),
		ukDecline("голов", ukA, headOf),
		ukDecline("очільник", ukVelarMasc, headOf),
		ukDecline("очільни", ukFemTsia, fem(headOf)),
		ukDecline("керівник", ukVelarMasc, headOf),
		ukDecline("керівни", ukFemTsia, fem(headOf)),
	)
	for _, f := range []struct {
		p string
		c gcase
	}{
		{"державний секретар", caseNom}, {"державного секретаря", caseGen}, {"державному секретарю", caseDat},
		{"державному секретареві", caseDat}, {"державним секретарем", caseIns},
	} {
		e := secState
		e.gcase = f.c
		heads = append(heads, def{f.p, e})
	}
	// Britain's finance minister: "канцлер скарбниці Джордж Осборн",
	// "канцлерка скарбниці Рейчел Рівз"
	exchequer := entry{role: roleMinister, kind: kindMinister, portfolio: "finance", nation: "GB"}
	for _, d := range append(ukDecline("канцлер", ukHardMasc, exchequer), ukDecline("канцлер", ukFemKa, fem(exchequer))...) {
		heads = append(heads, def{d.p + " скарбниці", d.e})
	}
	// a state's foreign minister by description, counted only with the
	// state named: "головний дипломат України Дмитро Кулеба"
	described := entry{role: roleMinister, kind: kindDescribed, portfolio: "foreign_affairs"}
	for _, f := range []struct {
		p string
		c gcase
	}{
		{"головний дипломат", caseNom}, {"головного дипломата", caseGen}, {"головному дипломату", caseDat},
		{"головним дипломатом", caseIns},
	} {
		e := described
		e.gcase = f.c
		heads = append(heads, def{f.p, e})
	}
	// the premiership, whose holder the name after it gives in the
	// genitive whatever the noun's case: "за прем'єрства Володимира
	// Гройсмана"
	for _, p := range []string{"прем'єрство", "прем'єрства", "прем'єрству", "прем'єрстві", "прем'єрством"} {
		e := pm
		e.gcase = caseGen
		heads = append(heads, def{p, e})
	}

	deputies := append(ukDecline("заступник", ukVelarMasc, entry{}), ukDecline("заступни", ukFemTsia, entry{fem: true})...)
	deputies = append(deputies, def{"віце", entry{}})
	firsts := ukDecline("перш", ukAdjHard, entry{})
	formers := append(ukDecline("колишн", ukAdjSoft, entry{}), ukDecline("тодішн", ukAdjSoft, entry{})...)
	formers = append(formers, def{"екс", entry{}}, def{"донедавна", entry{}})
	var dets []def
	// "державний міністр" is a minister of state (India's, Ethiopia's,
	// Ireland's), a minister by the annotation guideline; "державний
	// секретар" is its own head above and wins as the longer phrase.
	for _, stem := range []string{"нов", "новопризначен", "чинн", "призначен", "тимчасов", "державн", "новостворен", "об'єднан", "оновлен"} {
		dets = append(dets, ukDecline(stem, ukAdjHard, entry{})...)
	}
	// an ordinal counts holders: "став сьомим прем'єр-міністром Іспанії"
	// ("перший" is the first deputy's rank, see firsts)
	for _, stem := range []string{"друг", "четверт", "п'ят", "шост", "сьом", "восьм", "дев'ят", "десят"} {
		dets = append(dets, ukDecline(stem, ukAdjHard, entry{})...)
	}
	for _, p := range []string{"третій", "третього", "третьому", "третім", "третя", "третьої", "третьою", "третю"} {
		dets = append(dets, def{p, entry{}})
	}
	for _, p := range []string{"в. о.", "в.о.", "тво", "т. в. о.", "виконувач обов'язків", "тимчасово виконувач обов'язків"} {
		dets = append(dets, def{p, entry{gcase: caseNom}})
	}
	dets = append(dets, def{"виконувачка обов'язків", entry{gcase: caseNom, fem: true}})
	for _, p := range []string{"виконуючий обов'язки", "тимчасово виконуючий обов'язки"} {
		dets = append(dets, def{p, entry{gcase: caseNom}})
	}
	dets = append(dets, def{"виконуюча обов'язки", entry{gcase: caseNom, fem: true}})

	var ministries []def
	for _, m := range []struct {
		p, portfolio, nation string
		gov                  bool
	}{
		{"міністерство", "", "", false}, {"міністерства", "", "", false}, {"міністерству", "", "", false},
		{"міністерством", "", "", false}, {"міністерстві", "", "", false},
		// the genitive plural after a plural head: "очільники міністерств
		// закордонних справ Німеччини та Франції"
		{"міністерств", "", "", false}, {"відомств", "", "", false},
		{"відомство", "", "", false}, {"відомства", "", "", false}, {"відомству", "", "", false}, {"відомством", "", "", false},
		{"міноборони", "defence", "", false}, {"мзс", "foreign_affairs", "", false}, {"мінцифри", "digital_transformation", "", false},
		{"мінфін", "finance", "", false}, {"мінфіну", "finance", "", false}, {"мінфіном", "finance", "", false},
		{"мінторг", "trade", "", false}, {"мінторгу", "trade", "", false}, {"мінторгом", "trade", "", false},
		{"мвс", "interior", "", false}, {"мінекономіки", "economy", "", false}, {"міненерго", "energy", "", false},
		{"моз", "health", "", false}, {"мон", "education", "", false}, {"мін'юст", "justice", "", false},
		{"мін'юсту", "justice", "", false}, {"мінагрополітики", "agriculture", "", false}, {"мінагро", "agriculture", "", false},
		{"мінстратегпром", "strategic_industries", "", false}, {"мінстратегпрому", "strategic_industries", "", false},
		{"мінветеранів", "veterans", "", false}, {"мінсоцполітики", "social_policy", "", false},
		{"мінкульт", "culture", "", false}, {"мінкульту", "culture", "", false}, {"мінкультури", "culture", "", false},
		{"мінінфраструктури", "infrastructure", "", false}, {"мінрозвитку", "regional_development", "", false},
		{"мінрегіон", "regional_development", "", false}, {"мінрегіону", "regional_development", "", false},
		{"міндовкілля", "environment", "", false}, {"мінреінтеграції", "reintegration", "", false},
		{"мінмолодьспорт", "youth_sports", "", false}, {"мінмолодьспорту", "youth_sports", "", false},
		// a portfolio in the accusative stands for its ministry before a verb
		// of heading: "а соцполітику очолив Андрій Рева", "оборону очолив
		// Гвідо Крозетто"
		{"оборону", "defence", "", false}, {"юстицію", "justice", "", false}, {"соцполітику", "social_policy", "", false},
		{"дипломатію", "foreign_affairs", "", false}, {"енергетику", "energy", "", false},
		// the emergencies ministries of Ukraine's neighbours: "глава МНС Росії"
		{"мнс", "emergency", "", false}, {"мчс", "emergency", "", false},
		{"мінпраці", "labour", "", false}, {"мінтранс", "transport", "", false}, {"мінтрансу", "transport", "", false},
		{"пентагон", "defence", "US", false}, {"пентагону", "defence", "US", false}, {"пентагоном", "defence", "US", false},
		{"держдеп", "foreign_affairs", "US", false}, {"держдепу", "foreign_affairs", "US", false},
		{"держдепартаменту", "foreign_affairs", "US", false}, {"форін-офісу", "foreign_affairs", "GB", false},
		{"форін офісу", "foreign_affairs", "GB", false}, {"дипломатії", "foreign_affairs", "", false},
		{"уряд", "", "", true}, {"уряду", "", "", true}, {"урядом", "", "", true}, {"уряді", "", "", true}, {"кабмін", "", "", true},
		{"кабміну", "", "", true}, {"кабінету міністрів", "", "", true}, {"кабінет міністрів", "", "", true},
		// China's cabinet: "віцепрем'єр Держради КНР"
		{"держради", "", "CN", true}, {"державної ради", "", "CN", true},
	} {
		ministries = append(ministries, def{m.p, entry{portfolio: m.portfolio, nation: m.nation, gov: m.gov}})
	}

	var otherTitles []string
	for _, d := range [][]def{
		ukDecline("президент", ukHardMasc, entry{}), ukDecline("посл", ukHardMasc, entry{}),
		ukDecline("віцепрезидент", ukHardMasc, entry{}),
		ukDecline("речник", ukVelarMasc, entry{}), ukDecline("речни", ukFemTsia, entry{}),
		ukDecline("генерал", ukHardMasc, entry{}), ukDecline("полковник", ukVelarMasc, entry{}),
		ukDecline("директор", ukHardMasc, entry{}), ukDecline("канцлер", ukHardMasc, entry{}),
		ukDecline("колег", ukA, entry{}), ukDecline("командувач", ukHardMasc, entry{}),
		ukDecline("секретар", ukSoftMasc, entry{}), ukDecline("радник", ukVelarMasc, entry{}),
		ukDecline("депутат", ukHardMasc, entry{}), ukDecline("мер", ukHardMasc, entry{}),
	} {
		for _, x := range d {
			otherTitles = append(otherTitles, x.p)
		}
	}
	otherTitles = append(otherTitles, "посол", "посла", "послу", "послом", "президентка", "президентки")

	var possessors []string
	for _, d := range [][]def{
		ukDecline("речник", ukVelarMasc, entry{}), ukDecline("речни", ukFemTsia, entry{}),
		ukDecline("радник", ukVelarMasc, entry{}), ukDecline("радни", ukFemTsia, entry{}),
		ukDecline("помічник", ukVelarMasc, entry{}), ukDecline("помічни", ukFemTsia, entry{}),
		ukDecline("представник", ukVelarMasc, entry{}), ukDecline("представни", ukFemTsia, entry{}),
		ukDecline("прес-секретар", ukSoftMasc, entry{}), ukDecline("прессекретар", ukSoftMasc, entry{}),
		ukDecline("секретар", ukSoftMasc, entry{}), ukDecline("дружин", ukA, entry{}),
		ukDecline("пресслужб", ukA, entry{}), ukDecline("прес-служб", ukA, entry{}),
		ukDecline("офіс", ukHardMasc, entry{}), ukDecline("апарат", ukHardMasc, entry{}),
	} {
		for _, x := range d {
			possessors = append(possessors, x.p)
		}
	}

	// Appointment verbs: the name stands in the accusative (of a man, the
	// genitive form; "призначила Рустема Умєрова міністром"), in the
	// nominative before "став", and in the accusative before "призначено".
	var appoint []def
	for _, v := range []string{"призначила", "призначив", "призначили", "призначить", "призначать",
		"призначає", "призначити", "обрала", "обрали", "обрав", "затвердила", "затвердили", "затвердив",
		"перепризначила", "перепризначили"} {
		appoint = append(appoint, def{v, entry{gcase: caseGen}})
	}
	appoint = append(appoint, def{"призначено", entry{gcase: caseGen, subject: true}})
	// the verbs' nouns take the name in the genitive: "указ про призначення
	// Міхая Попшоя міністром закордонних справ"
	for _, v := range []string{"призначення", "перепризначення", "затвердження"} {
		appoint = append(appoint, def{v, entry{gcase: caseGen}})
	}
	// dismissals: "звільнила Олексія Резнікова з посади міністра оборони"
	for _, v := range []string{"звільнила", "звільнив", "звільнили", "звільнить", "звільнити"} {
		appoint = append(appoint, def{v, entry{gcase: caseGen, former: true, needAs: true}})
	}
	appoint = append(appoint, def{"звільнено", entry{gcase: caseGen, subject: true, former: true, needAs: true}})
	appoint = append(appoint, def{"звільнення", entry{gcase: caseGen, former: true, needAs: true}})
	// holding a post: "Олексій Кулеба зберігає посаду віцепрем'єр-міністра",
	// "яка досі обіймала посаду першої віцепрем'єр-міністерки"
	for _, v := range ukPostVerbs {
		appoint = append(appoint, def{v + " посаду", entry{gcase: caseNom, subject: true}})
		// an adverb may split the verb from its post: "Пабрікс обіймає
		// також посаду віцепрем'єр-міністра"
		for _, a := range []string{"також", "нині", "досі", "зараз", "вже", "тепер"} {
			appoint = append(appoint, def{v + " " + a + " посаду", entry{gcase: caseNom, subject: true}})
		}
	}
	// acting in a post: "Уляна Супрун виконувала обов'язки міністра
	// охорони здоров'я"; after a verb of ordering or forbidding the name
	// before the infinitive is in the dative ("заборонив Уляні Супрун
	// виконувати обов'язки міністра")
	for _, v := range []string{"виконує", "виконував", "виконувала", "виконуватиме", "виконуючи"} {
		appoint = append(appoint, def{v + " обов'язки", entry{gcase: caseNom, subject: true, acting: true}})
	}
	appoint = append(appoint, def{"виконувати обов'язки", entry{gcase: caseDat, subject: true, acting: true}})
	// leaving or joining a post, only with "з посади" or "як" after the
	// verb and its complement: "пішов у відставку з посади міністра",
	// "увійшов до уряду як міністр без портфеля"
	for _, v := range []string{"пішов", "пішла", "піде", "йде", "іде", "звільнився", "звільнилася", "звільнилась"} {
		appoint = append(appoint, def{v, entry{gcase: caseNom, subject: true, former: true, needAs: true}})
	}
	for _, v := range []string{"увійшов", "увійшла", "увійде", "повернувся", "повернулася", "повернулась"} {
		appoint = append(appoint, def{v, entry{gcase: caseNom, subject: true, needAs: true}})
	}
	// sworn in as: "Марк Карні склав присягу як прем'єр-міністр"
	for _, v := range ukOathVerbs {
		appoint = append(appoint, def{v + " присягу", entry{gcase: caseNom, subject: true, needAs: true}})
	}
	for _, v := range []string{"став", "стала", "стане", "стали", "призначений", "призначена", "обраний", "обрана",
		"залишився", "залишилася", "залишиться", "залишається", "стає", "є", "був", "була", "ставши", "будучи"} {
		appoint = append(appoint, def{v, entry{gcase: caseNom, subject: true}})
	}

	return langData{
		code:     "uk",
		appoint:  appoint,
		as:       []string{"на посаду", "на посаді", "з посади", "як"}, // "затвердила X на посаді прем'єр-міністра"
		aux:      []string{"було", "був", "була", "буде", "вже", "раніше", "ще"},
		rel:      []string{"який", "яка", "яке", "які"},
		orgs:     []string{"єс", "нато", "оон", "обсє", "g7", "g20", "мвф", "євросоюзу", "євросоюз"},
		ages:     []string{"років", "роки", "рік", "місяців", "місяці", "тижнів", "тижні"},
		heads:    heads,
		deputies: deputies,
		firsts:   firsts,
		formers:  formers,
		dets:     dets,
		portfolios: map[string]string{
			"оборони": "defence", "оборонного": "defence", "оборонному": "defence", "оборонне": "defence",
			"закордонних справ": "foreign_affairs", "зовнішніх справ": "foreign_affairs",
			"зовнішньополітичного": "foreign_affairs", "цифрової трансформації": "digital_transformation",
			"цифровізації": "digital_transformation", "цифрових справ": "digital_transformation",
			"цифрових технологій": "digital_transformation", "цифрової економіки": "digital_transformation",
			"фінансів": "finance", "фінансового": "finance", "казначейства": "finance",
			"економіки": "economy", "економічного розвитку": "economy", "внутрішніх справ": "interior",
			"юстиції": "justice", "охорони здоров'я": "health", "освіти": "education",
			"освіти і науки": "education", "освіти та науки": "education", "енергетики": "energy",
			"аграрної політики": "agriculture", "аграрної політики та продовольства": "agriculture",
			"сільського господарства": "agriculture", "інфраструктури": "infrastructure",
			"розвитку громад": "regional_development", "розвитку громад та територій": "regional_development",
			"культури": "culture", "культури та інформаційної політики": "culture",
			"культури та стратегічних комунікацій": "culture", "ветеранів": "veterans",
			"у справах ветеранів": "veterans", "стратегічних галузей промисловості": "strategic_industries",
			"соціальної політики": "social_policy", "соціального захисту": "social_policy", "захисту довкілля": "environment", "довкілля": "environment",
			"у справах єс": "european_affairs", "з питань єс": "european_affairs",
			"реінтеграції": "reintegration", "європейської інтеграції": "european_integration",
			// Spain's "Ministry of Foreign Affairs, European Union and Cooperation"
			"європейського союзу":                        "european_affairs",
			"європейської та євроатлантичної інтеграції": "european_integration",
			// France's "Ministère de l'Europe et des Affaires étrangères":
			// the continent opens the portfolio, it names no place here
			"європи та закордонних справ": "foreign_affairs", "європи і закордонних справ": "foreign_affairs",
			"молоді та спорту": "youth_sports", "національної єдності": "national_unity",
			"кабінету міністрів": "cabinet", "торгівлі": "trade", "праці": "labour", "пенсій": "labour", "бізнесу": "trade", "інновацій": "science",
			"науки": "science", "технологій": "science", "відновлення": "restoration",
			"безпеки": "security", "національної безпеки": "security", "надзвичайних ситуацій": "emergency",
			"транспорту": "transport", "промисловості": "industry", "гірничої промисловості": "mining",
			"гірничодобувної промисловості": "mining", "гірничодобувної галузі": "mining", "природних ресурсів": "natural_resources", "туризму": "tourism",
			"збройних сил": "defence", "спорту": "youth_sports", "молоді": "youth_sports",
			"спорту та молоді": "youth_sports", "економічного співробітництва": "development",
			"економічного співробітництва та розвитку": "development", "міжнародного розвитку": "development",
			"зайнятості": "labour", "зайнятості та праці": "labour", "праці та зайнятості": "labour",
			"трудових ресурсів": "labour", "людських ресурсів": "labour",
			"зв'язку": "communications", "телекомунікацій": "communications", "комунікацій": "communications",
			"у справах споживачів": "consumer_affairs", "споживчих справ": "consumer_affairs",
		},
		ministries: ministries,
		fillers: []string{
			"міста-держави",
			"справ", "політики", "розвитку", "громад", "територій", "тимчасово", "окупованих", "продовольства",
			"природних", "ресурсів", "інформаційної", "стратегічних", "комунікацій", "промисловості",
			"євроатлантичної", "республіки", "федерації", "королівства", "міжнародного", "співробітництва",
			"національної", "галузей", "захисту", "охорони", "здоров'я", "освіти", "села", "трудових", "людських",
		},
		connectors: []string{"з", "з питань", "питань", "у", "в", "у справах", "в справах", "справах", "із"},
		conj:       []string{"та", "і", "й"},
		// a shadow minister is no minister: "Тіньовий міністр енергетики"
		negLeft: []string{"тіньовий", "тіньового", "тіньовому", "тіньовим", "тіньова", "тіньової", "тіньовій",
			"тіньову", "тіньовою", "тіньові", "тіньових",
			// an Indian state's head of government: "Головний міністр Керали"
			"головний", "головного", "головному", "головним", "головна", "головної", "головній",
			// a German Land's or an Austrian state's: "земельний міністр економіки"
			"земельний", "земельного", "земельному", "земельним", "земельна", "земельної", "земельній",
			"земельну", "земельною", "земельні", "земельних",
			// a minister's aide, before a name whose case does not tell:
			// "Координаторка прем'єр-міністра з питань клімату Роміна Хуршид Алам"
			"координатор", "координатора", "координатором", "координаторка", "координаторки",
			"координаторку", "координаторкою", "радниця", "радниці", "радницю", "радницею",
			"помічник", "помічника", "помічником", "помічниця", "помічниці", "помічницю", "помічницею",
			// a council of ministers, not its members: "секретареві Ради міністрів Клаудіо Де Вінченті"
			"рада", "ради", "раді", "раду", "радою"},
		negSec:   []string{"заступник", "заступника", "заступниця", "заступниці"},
		negRight: []string{"-президент", "-президента"},
		stops: []string{
			"про", "торік", "сам", "сама", "самі", "саме", "у", "в", "з", "із", "на", "за", "до", "як", "це", "він", "вона", "вони", "його", "її", "їх",
			"та", "і", "й", "а", "але", "що", "який", "яка", "які", "під", "після", "під час", "від", "для",
			"міноборони", "мзс", "нато", "єс", "оон", "зсу", "рамштайн", "рамштайну", "міністерство",
			"міністерства", "уряд", "уряду", "кабмін", "верховна", "рада", "ради", "офіс", "президент",
			"президента", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
			"вересня", "жовтня", "листопада", "грудня", "січень", "лютий", "березень", "квітень", "травень",
			"червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень", "понеділок",
			"вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя", "сьогодні", "вчора", "завтра",
			"міністр", "міністра", "заявив", "заявила", "повідомив", "повідомила", "сказав", "сказала",
			"зазначив", "зазначила", "наголосив", "наголосила", "укрінформ", "фото", "джерело", "читайте",
			"також", "генерал", "полковник", "посол", "речник", "речниця", "коаліції", "коаліція", "ит",
			"іт", "ikt", "сша", "ес", "рф", "фрн", "оае", "кнр",
			// continents: "для Центральної Європи" names no person
			"європа", "європи", "європі", "європу", "європою", "азія", "азії", "азію", "африка", "африки",
			"африці", "америка", "америки", "америці",
			// EU bodies written as one capitalized word: "депутат
			// Європарламенту Юозас Олекас" names him, not "Європарламенту"
			"європарламент", "європарламенту", "європарламенті", "європарламентом",
			"єврокомісія", "єврокомісії", "єврокомісію", "єврокомісією",
		},
		capitals: map[string]string{
			"києва": "UA", "київ": "UA", "москви": "RU", "москва": "RU", "вашингтона": "US", "вашингтон": "US",
			"лондона": "GB", "лондон": "GB", "берліна": "DE", "берлін": "DE", "парижа": "FR", "париж": "FR",
			"варшави": "PL", "варшава": "PL", "таллінна": "EE", "таллінн": "EE", "риги": "LV", "вільнюса": "LT",
			"токіо": "JP", "пекіна": "CN", "праги": "CZ", "будапешта": "HU", "мінська": "BY", "кишинева": "MD",
			"рф": "RU", "фрн": "DE", "сша": "US", "оае": "AE", "кнр": "CN",
			"багдад": "IQ", "багдада": "IQ", "тегеран": "IR", "тегерана": "IR", "анкара": "TR", "анкари": "TR",
			"відень": "AT", "відня": "AT", "белград": "RS", "белграда": "RS", "каїр": "EG", "каїра": "EG",
			// the other states' capitals
			"андорра-ла-велья": "AD", "абу-дабі": "AE", "кабул": "AF", "кабула": "AF", "кабулом": "AF",
			"кабулу": "AF", "кабулі": "AF", "сент-джонс": "AG", "тирана": "AL", "тирани": "AL", "тираною": "AL",
			"тирані": "AL", "єреван": "AM", "єревана": "AM", "єреваном": "AM", "єревану": "AM", "єревані": "AM",
			"луанда": "AO", "луанди": "AO", "луандою": "AO", "луанді": "AO", "буенос-айрес": "AR",
			"буенос-айреса": "AR", "буенос-айресом": "AR", "буенос-айресу": "AR", "буенос-айресі": "AR",
			"віднем": "AT", "відню": "AT", "відні": "AT", "канберра": "AU", "канберри": "AU", "канберрою": "AU",
			"канберрі": "AU", "баку": "AZ", "сараєва": "BA", "сараєво": "BA", "сараєвом": "BA", "сараєву": "BA",
			"сараєві": "BA", "бриджтаун": "BB", "бриджтауна": "BB", "бриджтауном": "BB", "бриджтауну": "BB",
			"бриджтауні": "BB", "дакка": "BD", "дакки": "BD", "даккою": "BD", "дацці": "BD",
			"уагадугу": "BF", "софія": "BG",
			"софією": "BG", "софії": "BG", "манама": "BH", "манами": "BH", "манамою": "BH", "манамі": "BH",
			"бужумбура": "BI", "бужумбури": "BI", "бужумбурою": "BI", "бужумбурі": "BI", "гітега": "BI",
			"гітеги": "BI", "гітегою": "BI", "гітезі": "BI", "котону": "BJ", "порто-ново": "BJ",
			"бандар-сері-бегаван": "BN", "ла-пас": "BO", "ла-паса": "BO", "ла-пасом": "BO", "ла-пасу": "BO",
			"ла-пасі": "BO", "сукре": "BO", "бразиліа": "BR", "нассау": "BS", "тхімпху": "BT", "габороне": "BW",
			"мінськ": "BY", "мінськом": "BY", "мінську": "BY", "бельмопан": "BZ", "бельмопана": "BZ",
			"бельмопаном": "BZ", "бельмопану": "BZ", "бельмопані": "BZ", "оттава": "CA", "оттави": "CA",
			"оттавою": "CA", "оттаві": "CA", "кіншаса": "CD", "кіншаси": "CD", "кіншасою": "CD", "кіншасі": "CD",
			"бангі": "CF", "браззавілем": "CG", "браззавіль": "CG", "браззавілю": "CG", "браззавіля": "CG",
			"браззавілі": "CG", "берн": "CH", "берна": "CH", "берном": "CH", "берну": "CH", "берні": "CH",
			"абіджан": "CI", "абіджана": "CI", "абіджаном": "CI", "абіджану": "CI", "абіджані": "CI",
			"ямусукро": "CI", "сантьяго": "CL", "яунде": "CM", "пекін": "CN", "пекіном": "CN", "пекіну": "CN",
			"пекіні": "CN", "богота": "CO", "боготи": "CO", "боготою": "CO", "боготі": "CO", "сан-хосе": "CR",
			"гавана": "CU", "гавани": "CU", "гаваною": "CU", "прая": "CV", "праєю": "CV", "праї": "CV",
			"нікосія": "CY", "нікосією": "CY", "нікосії": "CY", "прага": "CZ", "прагою": "CZ", "празі": "CZ",
			"берліном": "DE", "берліну": "DE", "берліні": "DE", "копенгаген": "DK", "копенгагена": "DK",
			"копенгагеном": "DK", "копенгагену": "DK", "копенгагені": "DK", "розо": "DM", "санто-домінго": "DO",
			"кіто": "EC", "таллін": "EE", "талліна": "EE", "таллінном": "EE", "таллінну": "EE", "таллінні": "EE",
			"талліном": "EE", "талліну": "EE", "талліні": "EE", "каїром": "EG", "каїру": "EG", "каїрі": "EG",
			"асмера": "ER", "асмери": "ER", "асмерою": "ER", "асмері": "ER", "мадрид": "ES", "мадрида": "ES",
			"мадридом": "ES", "мадриду": "ES", "мадриді": "ES", "аддис-абеба": "ET", "аддис-абеби": "ET",
			"аддис-абебою": "ET", "аддис-абебі": "ET", "гельсінкі": "FI", "сува": "FJ", "суви": "FJ", "сувою": "FJ",
			"суві": "FJ", "палікір": "FM", "палікіра": "FM", "палікіром": "FM", "палікіру": "FM", "палікірі": "FM",
			"парижем": "FR", "парижу": "FR", "парижі": "FR", "лібревілем": "GA", "лібревіль": "GA", "лібревілю": "GA",
			"лібревіля": "GA", "лібревілі": "GA", "лондоном": "GB", "лондону": "GB", "лондоні": "GB",
			"сент-джорджес": "GD", "тбілісі": "GE", "аккра": "GH", "аккри": "GH", "аккрою": "GH", "аккрі": "GH",
			"банджул": "GM", "банджула": "GM", "банджулом": "GM", "банджулу": "GM", "банджулі": "GM", "конакрі": "GN",
			"малабо": "GQ", "афін": "GR", "афінам": "GR", "афінами": "GR", "афінах": "GR", "афіни": "GR",
			"бісау": "GW", "джорджтаун": "GY", "джорджтауна": "GY", "джорджтауном": "GY", "джорджтауну": "GY",
			"джорджтауні": "GY", "тегусігальпа": "HN", "тегусігальпи": "HN", "тегусігальпою": "HN",
			"тегусігальпі": "HN", "загреб": "HR", "загреба": "HR", "загребом": "HR", "загребі": "HR",
			"порт-о-пренс": "HT", "порт-о-пренса": "HT", "порт-о-пренсом": "HT", "порт-о-пренсу": "HT",
			"порт-о-пренсі": "HT", "будапешт": "HU", "будапештом": "HU", "будапешту": "HU", "будапешті": "HU",
			"джакарта": "ID", "джакарти": "ID", "джакартою": "ID", "джакарті": "ID", "дублін": "IE", "дубліна": "IE",
			"дубліном": "IE", "дубліну": "IE", "дубліні": "IE", "єрусалим": "IL", "єрусалима": "IL",
			"єрусалимом": "IL", "єрусалиму": "IL", "єрусалимі": "IL", "нью-делі": "IN", "багдадом": "IQ",
			"багдаду": "IQ", "багдаді": "IQ", "тегераном": "IR", "тегерану": "IR", "тегерані": "IR",
			"рейк'явік": "IS", "рейк'явіка": "IS", "рейк'явіком": "IS", "рейк'явіку": "IS", "рим": "IT", "рима": "IT",
			"римом": "IT", "риму": "IT", "римі": "IT", "кінгстон": "JM", "кінгстона": "JM", "кінгстоном": "JM",
			"кінгстону": "JM", "кінгстоні": "JM", "амман": "JO", "аммана": "JO", "амманом": "JO", "амману": "JO",
			"аммані": "JO", "найробі": "KE", "бішкек": "KG", "бішкека": "KG", "бішкеком": "KG", "бішкеку": "KG",
			"пномпенем": "KH", "пномпень": "KH", "пномпеню": "KH", "пномпеня": "KH", "пномпені": "KH", "тарава": "KI",
			"тарави": "KI", "таравою": "KI", "тараві": "KI", "мороні": "KM", "бастер": "KN", "бастера": "KN",
			"бастером": "KN", "бастеру": "KN", "бастері": "KN", "пхеньян": "KP", "пхеньяна": "KP", "пхеньяном": "KP",
			"пхеньяну": "KP", "пхеньяні": "KP", "сеул": "KR", "сеула": "KR", "сеулом": "KR", "сеулу": "KR",
			"сеулі": "KR", "ель-кувейт": "KW", "ель-кувейта": "KW", "ель-кувейтом": "KW", "ель-кувейту": "KW",
			"ель-кувейті": "KW", "астана": "KZ", "астани": "KZ", "астаною": "KZ", "астані": "KZ", "нур-султан": "KZ",
			"нур-султана": "KZ", "нур-султаном": "KZ", "нур-султану": "KZ", "нур-султані": "KZ", "в'єнтьян": "LA",
			"в'єнтьяна": "LA", "в'єнтьяном": "LA", "в'єнтьяну": "LA", "в'єнтьяні": "LA", "бейрут": "LB",
			"бейрута": "LB", "бейрутом": "LB", "бейруту": "LB", "бейруті": "LB", "кастрі": "LC", "вадуц": "LI",
			"вадуца": "LI", "вадуцом": "LI", "вадуцу": "LI", "вадуці": "LI", "коломбо": "LK",
			"шрі-джаявардененпура-котте": "LK", "монровія": "LR", "монровією": "LR", "монровії": "LR", "масеру": "LS",
			"вільнюс": "LT", "вільнюсом": "LT", "вільнюсу": "LT", "вільнюсі": "LT", "рига": "LV", "ригою": "LV",
			"ризі": "LV", "триполі": "LY", "рабат": "MA", "рабата": "MA", "кишиневом": "MD", "кишиневу": "MD",
			"кишиневі": "MD", "кишинів": "MD", "подгорицею": "ME", "подгориця": "ME", "подгориці": "ME",
			"антананаріву": "MG", "маджуро": "MH", "скоп'є": "MK", "бамако": "ML", "нейп'їдо": "MM", "нейпідо": "MM",
			"улан-батор": "MN", "улан-батора": "MN", "улан-батором": "MN", "улан-батору": "MN", "улан-баторі": "MN",
			"нуакшот": "MR", "нуакшота": "MR", "нуакшотом": "MR", "нуакшоту": "MR", "нуакшоті": "MR",
			"валлетта": "MT", "валлетти": "MT", "валлеттою": "MT", "валлетті": "MT", "порт-луї": "MU",
			"лілонгве": "MW", "мехіко": "MX", "куала-лумпур": "MY", "куала-лумпура": "MY", "куала-лумпуром": "MY",
			"куала-лумпуру": "MY", "куала-лумпурі": "MY", "путраджая": "MY", "путраджаєю": "MY", "путраджаї": "MY",
			"мапуту": "MZ", "віндгук": "NA", "віндгука": "NA", "віндгуком": "NA", "віндгуку": "NA", "ніамей": "NE",
			"ніамею": "NE", "ніамея": "NE", "ніамеєм": "NE", "ніамеї": "NE", "абуджа": "NG", "абуджею": "NG",
			"абуджі": "NG", "манагуа": "NI", "гаага": "NL", "гааги": "NL", "гаагою": "NL", "гаазі": "NL",
			"осло": "NO", "катманду": "NP", "ярен": "NR", "ярена": "NR", "яреном": "NR", "ярену": "NR", "ярені": "NR",
			"веллінгтон": "NZ", "веллінгтона": "NZ", "веллінгтоном": "NZ", "веллінгтону": "NZ", "веллінгтоні": "NZ",
			"маскат": "OM", "маската": "OM", "маскатом": "OM", "маскату": "OM", "маскаті": "OM", "ліма": "PE",
			"ліми": "PE", "лімою": "PE", "лімі": "PE", "порт-морсбі": "PG", "маніла": "PH", "маніли": "PH",
			"манілою": "PH", "манілі": "PH", "ісламабад": "PK", "ісламабада": "PK", "ісламабадом": "PK",
			"ісламабаду": "PK", "ісламабаді": "PK", "варшавою": "PL", "варшаві": "PL", "рамалла": "PS",
			"рамалли": "PS", "рамаллою": "PS", "рамаллі": "PS", "східний єрусалим": "PS", "східним єрусалимом": "PS",
			"східного єрусалима": "PS", "східному єрусалиму": "PS", "східному єрусалимі": "PS", "лісабон": "PT",
			"лісабона": "PT", "лісабоном": "PT", "лісабону": "PT", "лісабоні": "PT", "нгерулмуд": "PW",
			"асунсьйон": "PY", "асунсьйона": "PY", "асунсьйоном": "PY", "асунсьйону": "PY", "асунсьйоні": "PY",
			"доха": "QA", "дохи": "QA", "дохі": "QA", "бухарест": "RO", "бухареста": "RO", "бухарестом": "RO",
			"бухаресту": "RO", "бухаресті": "RO", "белградом": "RS", "белграду": "RS", "белграді": "RS",
			"москвою": "RU", "москві": "RU", "кігалі": "RW", "ер-ріяд": "SA", "ер-ріяда": "SA", "ер-ріядом": "SA",
			"ер-ріяду": "SA", "ер-ріяді": "SA", "ріяд": "SA", "ріяда": "SA", "ріядом": "SA", "ріяду": "SA",
			"ріяді": "SA", "хоніара": "SB", "хоніари": "SB", "хоніарою": "SB", "хоніарі": "SB", "хартум": "SD",
			"хартума": "SD", "хартумом": "SD", "хартуму": "SD", "хартумі": "SD", "стокгольм": "SE",
			"стокгольма": "SE", "стокгольмом": "SE", "стокгольму": "SE", "стокгольмі": "SE", "любляна": "SI",
			"любляни": "SI", "любляною": "SI", "любляні": "SI", "братислава": "SK", "братислави": "SK",
			"братиславою": "SK", "братиславі": "SK", "фрітаун": "SL", "фрітауна": "SL", "фрітауном": "SL",
			"фрітауну": "SL", "фрітауні": "SL", "дакар": "SN", "дакара": "SN", "дакаром": "SN", "дакару": "SN",
			"дакарі": "SN", "могадішо": "SO", "парамарибо": "SR", "джуба": "SS", "джуби": "SS", "джубою": "SS",
			"джубі": "SS", "сан-томе": "ST", "сан-сальвадор": "SV", "сан-сальвадора": "SV", "сан-сальвадором": "SV",
			"сан-сальвадору": "SV", "сан-сальвадорі": "SV", "дамаск": "SY", "дамаска": "SY", "дамаском": "SY",
			"дамаску": "SY", "мбабане": "SZ", "нджамена": "TD", "нджамени": "TD", "нджаменою": "TD", "нджамені": "TD",
			"ломе": "TG", "бангкок": "TH", "бангкока": "TH", "бангкоком": "TH", "бангкоку": "TH", "душанбе": "TJ",
			"ашгабат": "TM", "ашгабата": "TM", "ашгабатом": "TM", "ашгабату": "TM", "ашгабаті": "TM",
			"нукуалофа": "TO", "нукуалофи": "TO", "нукуалофою": "TO", "нукуалофі": "TO", "анкарою": "TR",
			"анкарі": "TR", "порт-оф-спейн": "TT", "фунафуті": "TV", "тайбей": "TW", "тайбею": "TW", "тайбея": "TW",
			"тайбеєм": "TW", "тайбеї": "TW", "додома": "TZ", "додоми": "TZ", "додомою": "TZ", "додомі": "TZ",
			"києвом": "UA", "києву": "UA", "києві": "UA", "кампала": "UG", "кампали": "UG", "кампалою": "UG",
			"кампалі": "UG", "вашингтоном": "US", "вашингтону": "US", "вашингтоні": "US", "монтевідео": "UY",
			"ташкент": "UZ", "ташкента": "UZ", "ташкентом": "UZ", "ташкенту": "UZ", "ташкенті": "UZ",
			"кінгстаун": "VC", "кінгстауна": "VC", "кінгстауном": "VC", "кінгстауну": "VC", "кінгстауні": "VC",
			"каракас": "VE", "каракаса": "VE", "каракасом": "VE", "каракасу": "VE", "каракасі": "VE", "ханой": "VN",
			"ханою": "VN", "ханоя": "VN", "ханоєм": "VN", "ханої": "VN", "порт-віла": "VU", "порт-віли": "VU",
			"порт-вілою": "VU", "порт-вілі": "VU", "апіа": "WS", "приштина": "XK", "приштини": "XK",
			"приштиною": "XK", "приштині": "XK", "сана": "YE", "саною": "YE", "преторія": "ZA", "преторією": "ZA",
			"преторії": "ZA", "лусака": "ZM", "лусаки": "ZM", "лусакою": "ZM", "лусаці": "ZM", "хараре": "ZW",
		},
		particles: []string{"де", "ла", "ле", "дель", "дос", "дю", "ван", "фон", "ді", "да", "дер", "аль", "ель", "бін", "ібн", "бен",
			// the Arabic article before a sun letter: "Асаад аш-Шейбані"
			"аш", "ас", "ад", "ат", "ар", "аз", "ан",
			// Portuguese and Spanish: "Бендіту душ Сантуш Фрейташ"
			"ду", "дуж", "душ", "дос", "дас", "даш", "дель"},
		placePreps: []string{"у", "в", "біля", "поблизу", "на"},
		honorifics: []string{"пан", "пана", "пану", "паном", "пані", "панові", "принц", "принца", "принцу", "принцом",
			"принцеса", "принцеси", "принцесу", "шейх", "шейха", "шейху", "шейхом", "д-р", "др", "д-ра",
			// military ranks: "Міністр національної оборони генерал Луїс Сандоваль"
			"генерал", "генерала", "генералу", "генералові", "генералом", "адмірал", "адмірала", "адміралу",
			"адміралом", "полковник", "полковника", "полковнику", "полковником"},
		possessors:   possessors,
		otherTitles:  otherTitles,
		titleAsides:  []string{"з", "незалежними", "повноваженнями"},
		affiliations: []string{"з", "із", "від"},
		purposes:     []string{"щоб"},
		adverbs: []string{"нині", "тепер", "зараз", "наразі", "вже", "тоді", "також", "доти", "відтоді", "відтепер", "знову", "вдруге",
			"досі", "раніше", "донедавна", "щойно", "ледь", "ледве", "сам", "сама"},
		quantities: []string{"два", "дві", "три", "чотири", "двоє", "троє", "обидва", "обидві", "усі", "всі"},
		examples:   []string{"зокрема", "як-от", "такі як", "серед них"},
		thens:      []string{"тоді", "ще", "досі", "раніше", "нещодавно"},
		spans: []string{"з", "із", "по", "до", "у", "в", "протягом", "впродовж", "понад", "майже", "роках", "році", "місяців",
			"місяці", "два", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять"},
		says: []string{"заявив", "заявила", "сказав", "сказала", "наголосив", "наголосила", "повідомив", "повідомила",
			"зазначив", "зазначила", "додав", "додала", "написав", "написала", "каже", "заявляє", "підтвердив",
			"підтвердила"},
		subordinators: []string{"коли", "поки", "доки", "відколи", "після того як", "бо", "оскільки", "а"},
		headVerbs:     []string{"очолив", "очолила", "очолював", "очолювала", "очолює", "очолить", "очолюватиме"},
		under:         []string{"за", "під", "при", "впродовж", "протягом", "до", "після"},
		ledBy: []def{{"яке очолює", entry{gcase: caseNom}}, {"що очолює", entry{gcase: caseNom}},
			// the ministry as the object before the verb: "Міністерство юстиції
			// очолив Герман Галущенко", "Уряд очолила …"
			{"очолив", entry{gcase: caseNom, opens: true}}, {"очолила", entry{gcase: caseNom, opens: true}},
			{"очолював", entry{gcase: caseNom, opens: true}}, {"очолювала", entry{gcase: caseNom, opens: true}},
			{"очолює", entry{gcase: caseNom, opens: true}}, {"очолить", entry{gcase: caseNom, opens: true}},
			{"очолюватиме", entry{gcase: caseNom, opens: true}},
			// "уряд на чолі з Денисом Шмигалем"
			{"на чолі з", entry{gcase: caseIns}}, {"на чолі із", entry{gcase: caseIns}}},
		regions: ukrainianRegions(),
		subnationals: []string{"провінції", "провінція", "штату", "штат", "регіону", "області", "округу",
			"префектури", "кантону", "землі", "міста", "емірату"},
	}
}
