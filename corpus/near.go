package corpus

import (
	"math/bits"
	"slices"
)

// nearIndex finds the stored documents whose SimHash is within
// NearDistance bits of a query's, without comparing it with every stored
// one: multi-index hashing. The 64 bits are cut into nearBlocks blocks;
// two hashes within NearDistance bits differ in at most
// NearDistance/nearBlocks bits of at least one block (pigeonhole), so
// probing, for each block, the table entries within that radius of the
// query's block finds every candidate, exactly as a full scan would.
//
// It is not safe for concurrent use; the Store guards it.
type nearIndex struct {
	ids    []string // by slot; "" once the id was stored again with other content
	slot   map[string]uint32
	masks  []uint16 // the XOR masks of at most nearRadius bits
	blocks [nearBlocks]nearTable
}

// nearTable is one block's table: block value → the documents with it.
// A bucket keeps their hashes, so that checking it reads it in order.
type nearTable struct {
	hashes [1 << nearBlockBits][]uint64
	slots  [1 << nearBlockBits][]uint32
}

const (
	nearBlocks    = 8
	nearBlockBits = 64 / nearBlocks
	nearRadius    = NearDistance / nearBlocks
)

func newNearIndex() *nearIndex {
	n := &nearIndex{slot: map[string]uint32{}}
	for m := range 1 << nearBlockBits {
		if bits.OnesCount16(uint16(m)) <= nearRadius {
			n.masks = append(n.masks, uint16(m))
		}
	}
	return n
}

func block(h uint64, i int) uint16 {
	return uint16(h>>(i*nearBlockBits)) & (1<<nearBlockBits - 1)
}

// add indexes id's SimHash, replacing what id had before.
func (n *nearIndex) add(id string, h uint64) {
	n.remove(id)
	s := uint32(len(n.ids))
	n.ids = append(n.ids, id)
	n.slot[id] = s
	for i := range n.blocks {
		t := &n.blocks[i]
		b := block(h, i)
		t.hashes[b] = append(t.hashes[b], h)
		t.slots[b] = append(t.slots[b], s)
	}
}

// remove forgets id; its entries stay in the tables, dead.
func (n *nearIndex) remove(id string) {
	if s, ok := n.slot[id]; ok {
		n.ids[s] = ""
		delete(n.slot, id)
	}
}

// candidates appends to dst the ids whose SimHash is within NearDistance
// bits of h, other than self, in the order they were added.
func (n *nearIndex) candidates(dst []string, h uint64, self string) []string {
	if len(n.ids) == 0 {
		return dst
	}
	var slots []uint32
	for i := range n.blocks {
		t := &n.blocks[i]
		q := block(h, i)
		for _, m := range n.masks {
			b := q ^ m
			for j, x := range t.hashes[b] {
				if bits.OnesCount64(x^h) <= NearDistance && !slices.Contains(slots, t.slots[b][j]) {
					slots = append(slots, t.slots[b][j])
				}
			}
		}
	}
	slices.Sort(slots)
	for _, s := range slots {
		if id := n.ids[s]; id != "" && id != self {
			dst = append(dst, id)
		}
	}
	return dst
}
