package segment_test

import (
	"fmt"
	"strings"

	"testigo/segment"
)

// Match on the folded view, report the span in the original bytes.
func ExampleFold() {
	text := "Troops entered “El Alto” after Áñez’s decree."
	f := segment.Fold(text, segment.Match)
	i := strings.Index(f.Text, "anez")
	span := f.Span(i, i+len("anez"))
	fmt.Println(f.Text)
	fmt.Println(span.Text(text))
	// Output:
	// troops entered "el alto" after anez's decree.
	// Áñez
}

func ExampleSentences() {
	text := "Gen. Ortiz spoke at 4 p.m. on Friday. “We stay.” He left.\n\nTurnout was 51.6 percent."
	for _, s := range segment.Sentences(text) {
		fmt.Printf("%d %s\n", s.Paragraph, s.Text(text))
	}
	// Output:
	// 0 Gen. Ortiz spoke at 4 p.m. on Friday.
	// 0 “We stay.”
	// 0 He left.
	// 1 Turnout was 51.6 percent.
}
