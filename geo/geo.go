// Package geo finds place names in text and resolves them against a gazetteer built from
// GeoNames (CC BY 4.0; see ATTRIBUTION.md), embedded in the binary.
//
// Recognition looks up capitalised word sequences, folded (case and accents dropped), in a
// map of place names; resolution picks among same-named places with document context (the
// country the text is about, places named together, "X, Y" and "X in Y" patterns), priors
// from feature type and population, and one sense per discourse.
package geo
