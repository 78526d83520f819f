package coder

// saidOn reports whether the date expression starting at token k dates a statement: it
// follows a verb of saying ("police said Tuesday", "the sheriff announced on Friday"), so it
// tells when the report was given, not when what it reports happened.
func (d *document) saidOn(k int) bool {
	// A date starting inside a token ("0Monday") has no token of its own.
	if k < 0 || k >= len(d.toks) {
		return false
	}
	j := k - 1
	if j >= 0 && (d.toks[j].Lower == "on" || d.toks[j].Lower == "late" || d.toks[j].Lower == "early") {
		j--
	}
	if j < 0 || d.toks[j].Sent != d.toks[k].Sent {
		return false
	}
	switch d.toks[j].Lower {
	case "said", "says", "announced", "stated", "added", "confirmed", "told":
		return true
	}
	return false
}
