package nations

// ukContext holds the Ukrainian words the context guards read. Ukrainian
// spells the country (Грузія) and the US state (Джорджія) differently, so
// only the person guard needs words here.
var ukContext = contextWords{
	nameFollowers: []string{"президент", "уряд", "король"},
	namePreceders: []string{"у", "в", "до", "з", "із", "та", "і", "й"},
	placeBefore:   []string{"у", "в", "до", "з", "із"},
}
