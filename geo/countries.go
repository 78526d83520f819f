package geo

// Package-level helpers over the default gazetteer, for callers that only need country
// codes and names. They load the gazetteer on first use (about a second) and return ""
// if it cannot be loaded.

// CountryName returns the common English name of a country given its alpha-3 or alpha-2 code.
func CountryName(code string) string {
	if g, err := Default(); err == nil {
		return g.CountryName(code)
	}
	return ""
}

// CountryCode returns the alpha-3 code of a country named by one of its names, a demonym
// ("Bolivian", "Bolivians") or its alpha-2/alpha-3 code.
func CountryCode(nameOrDemonym string) string {
	if g, err := Default(); err == nil {
		return g.CountryCode(nameOrDemonym)
	}
	return ""
}

// Alpha3 converts an alpha-2 country code to alpha-3.
func Alpha3(alpha2 string) string {
	if g, err := Default(); err == nil {
		return g.Alpha3(alpha2)
	}
	return ""
}

// Alpha2 converts an alpha-3 country code to alpha-2.
func Alpha2(alpha3 string) string {
	if g, err := Default(); err == nil {
		return g.Alpha2(alpha3)
	}
	return ""
}
