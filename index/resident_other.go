//go:build !linux

package index

// releaseResident does nothing here; see resident_linux.go.
func (ix *Index) releaseResident() {}
