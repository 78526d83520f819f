package timex_test

import (
	"fmt"

	"testigo/segment"
	"testigo/timex"
)

func ExampleFind() {
	text := "Police fired on marchers on Tuesday. The next day, talks began. Elections are due by January 2020."
	for _, d := range timex.Find(text, segment.Sentences(text), "2019-11-20") {
		fmt.Println(d.Text, d.Type, d.Value, d.Start, d.End, d.Precision)
	}
	// Output:
	// Tuesday DATE 2019-11-19 2019-11-19 2019-11-19 day
	// The next day DATE 2019-11-20 2019-11-20 2019-11-20 day
	// January 2020 DATE 2020-01 2020-01-01 2020-01-31 month
}

func ExampleParseDate() {
	v, ok := timex.ParseDate("Nov. 14, 2019")
	fmt.Println(v, ok)
	// Output: 2019-11-14 true
}
