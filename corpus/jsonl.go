package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// MaxLineBytes bounds one JSONL line; a longer line is reported and skipped
// so a hostile file cannot exhaust memory.
const MaxLineBytes = 64 << 20

// Reader streams Documents from JSONL. A bad line yields a *LineError and
// reading continues with the next line.
type Reader struct {
	r    *bufio.Reader
	name string
	line int
	max  int
}

// NewReader reads JSONL from r; name (a path or "-") labels errors and
// derives ids for lines that lack one.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), name: name, max: MaxLineBytes}
}

// Next returns the next document, a *LineError for a bad line, or io.EOF.
func (jr *Reader) Next() (Document, error) {
	for {
		line, err := jr.readLine()
		if err != nil {
			return Document{}, err
		}
		jr.line++
		if line == nil {
			return Document{}, &LineError{File: jr.name, Line: jr.line, Err: fmt.Errorf("line longer than %d bytes", jr.max)}
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		d, perr := ParseDocument(line)
		if perr != nil {
			return Document{}, &LineError{File: jr.name, Line: jr.line, Err: perr}
		}
		if d.Source == "" {
			d.Source = jr.name
		}
		if d.ID == "" {
			if d.URL != "" {
				d.ID = URLID(d.URL)
			} else {
				d.ID = fmt.Sprintf("%s-%d", FileID(jr.name), jr.line)
			}
		}
		return d, nil
	}
}

// Line is the number of the line Next last read.
func (jr *Reader) Line() int { return jr.line }

// readLine returns one line without its newline; nil (and no error) when the
// line is over the limit, after skipping the rest of it.
func (jr *Reader) readLine() ([]byte, error) {
	var buf []byte
	over := false
	for {
		chunk, err := jr.r.ReadSlice('\n')
		if !over {
			if len(buf)+len(chunk) > jr.max {
				over, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == nil:
			if over {
				return nil, nil
			}
			return bytes.TrimSuffix(buf, []byte("\n")), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if over {
				return nil, nil
			}
			if len(buf) == 0 {
				return nil, io.EOF
			}
			return buf, nil
		default:
			return nil, fmt.Errorf("%s: line %d: %w", jr.name, jr.line+1, err)
		}
	}
}

// ParseDocument decodes one JSONL line and checks it against the input
// contract: a JSON object with text or html; published, if present, a date.
func ParseDocument(line []byte) (Document, error) {
	d, ok := parseDocumentFast(line)
	if !ok {
		var err error
		if d, err = parseDocumentCareful(line); err != nil {
			return Document{}, err
		}
	}
	if strings.TrimSpace(d.Text) == "" && strings.TrimSpace(d.HTML) == "" {
		return Document{}, errors.New("no text or html")
	}
	if d.Published != "" {
		p, ok := NormalizeDate(d.Published)
		if !ok {
			return Document{}, fmt.Errorf("published %q is not YYYY-MM-DD or RFC 3339", d.Published)
		}
		d.Published = p
	}
	d.Lang = strings.ToLower(strings.TrimSpace(d.Lang))
	return d, nil
}

// FileID derives a document id from a file path: its base name without
// extension ("testdata/x/003_abc.txt" → "003_abc").
func FileID(path string) string {
	base := filepath.Base(path)
	if base == "-" || base == "." || base == "/" {
		return "stdin"
	}
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// parseDocumentCareful decodes any line encoding/json accepts, and words
// what is wrong with one it does not.
func parseDocumentCareful(line []byte) (Document, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(line, &raw); err != nil {
		return Document{}, fmt.Errorf("not a JSON object: %w", err)
	}
	var d Document
	for k, v := range raw {
		dst := d.field([]byte(k))
		if dst == nil || string(v) == "null" {
			continue
		}
		if err := json.Unmarshal(v, dst); err != nil {
			return Document{}, fmt.Errorf("field %q: want a string", k)
		}
	}
	return d, nil
}

// Writer writes Records as JSONL, one line each, without HTML escaping so
// that text stays readable.
type Writer struct {
	w   *bufio.Writer
	enc *json.Encoder
}

// NewWriter writes JSONL to w; call Flush when done.
func NewWriter(w io.Writer) *Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &Writer{w: bw, enc: enc}
}

// Write encodes v (a Record or any JSON value) as one line.
func (w *Writer) Write(v any) error {
	if err := w.enc.Encode(v); err != nil {
		return fmt.Errorf("write jsonl: %w", err)
	}
	return nil
}

// Flush writes buffered lines through.
func (w *Writer) Flush() error { return w.w.Flush() }
