// Command trivy-db-writer writes a BoltDB file from JSON on stdin:
//
//	{"puts": [{"buckets": ["debian 12", "openssl"], "key": "CVE-2024-0001", "value": {...}}]}
//
// Every value is stored as its JSON bytes under the nested buckets, which is how trivy-db
// stores advisories, vulnerability details and data sources. The bucket layout itself is
// decided by test/helpers/trivy-db.ts, so this program stays a plain writer.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

type put struct {
	Buckets []string        `json:"buckets"`
	Key     string          `json:"key"`
	Value   json.RawMessage `json:"value"`
}

type spec struct {
	Puts []put `json:"puts"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: trivy-db-writer <path/to/trivy.db> < spec.json")
		os.Exit(2)
	}
	var s spec
	if err := json.NewDecoder(os.Stdin).Decode(&s); err != nil {
		fail("reading the spec from stdin: %v", err)
	}
	db, err := bolt.Open(os.Args[1], 0o644, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		fail("opening %s: %v", os.Args[1], err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, p := range s.Puts {
			if len(p.Buckets) == 0 {
				return fmt.Errorf("key %q has no bucket", p.Key)
			}
			b, err := tx.CreateBucketIfNotExists([]byte(p.Buckets[0]))
			if err != nil {
				return fmt.Errorf("bucket %q: %w", p.Buckets[0], err)
			}
			for _, name := range p.Buckets[1:] {
				if b, err = b.CreateBucketIfNotExists([]byte(name)); err != nil {
					return fmt.Errorf("bucket %q: %w", name, err)
				}
			}
			if err := b.Put([]byte(p.Key), p.Value); err != nil {
				return fmt.Errorf("key %q: %w", p.Key, err)
			}
		}
		return nil
	})
	if err != nil {
		fail("writing %s: %v", os.Args[1], err)
	}
	if err := db.Close(); err != nil {
		fail("closing %s: %v", os.Args[1], err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "trivy-db-writer: "+format+"\n", args...)
	os.Exit(1)
}
