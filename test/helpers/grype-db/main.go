// Command grype-db-writer writes a grype vulnerability DB (schema v6) from JSON on stdin:
//
//	{"buildTime": "2026-12-01T00:00:00Z", "vulnerabilities": [{"id": "CVE-2024-0001",
//	  "provider": "debian", "severity": "high", "aliases": [], "packages": [{"ecosystem": "deb",
//	  "name": "openssl", "os": {"name": "debian", "majorVersion": "12", "codename": "bookworm"},
//	  "versionType": "dpkg", "constraint": "< 3.0.11-1~deb12u3", "fixedVersion": "3.0.11-1~deb12u3"}]}]}
//
// It writes <dir>/vulnerability.db through grype's own v6 writer (so the tables, blobs and
// indexes are the ones grype reads) and <dir>/import.json with the xxh64 digest grype checks,
// which is what `grype db import` leaves in <GRYPE_DB_CACHE_DIR>/6. Which advisories become
// which rows is decided by test/helpers/grype-db.ts; this program stays a plain writer.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/afero"

	v6 "github.com/anchore/grype/grype/db/v6"
)

type operatingSystem struct {
	Name         string `json:"name"`
	MajorVersion string `json:"majorVersion"`
	MinorVersion string `json:"minorVersion"`
	Codename     string `json:"codename"`
}

type affected struct {
	Ecosystem    string           `json:"ecosystem"`
	Name         string           `json:"name"`
	OS           *operatingSystem `json:"os"`
	VersionType  string           `json:"versionType"`
	Constraint   string           `json:"constraint"`
	FixedVersion string           `json:"fixedVersion"`
}

type vulnerability struct {
	ID          string     `json:"id"`
	Provider    string     `json:"provider"`
	Severity    string     `json:"severity"`
	Scheme      string     `json:"scheme"`
	Description string     `json:"description"`
	Aliases     []string   `json:"aliases"`
	Packages    []affected `json:"packages"`
}

type spec struct {
	BuildTime       *time.Time      `json:"buildTime"`
	Vulnerabilities []vulnerability `json:"vulnerabilities"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: grype-db-writer <dir> < spec.json")
		os.Exit(2)
	}
	dir := os.Args[1]
	var s spec
	if err := json.NewDecoder(os.Stdin).Decode(&s); err != nil {
		fail("reading the spec from stdin: %v", err)
	}
	if err := write(dir, s); err != nil {
		fail("%v", err)
	}
}

func write(dir string, s spec) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	w, err := v6.NewWriter(v6.Config{DBDirPath: dir})
	if err != nil {
		return fmt.Errorf("opening a new DB in %s: %w", dir, err)
	}
	captured := time.Now().UTC()
	if s.BuildTime != nil {
		captured = s.BuildTime.UTC()
	}
	providers := map[string]*v6.Provider{}
	for _, v := range s.Vulnerabilities {
		provider := providers[v.Provider]
		if provider == nil {
			provider = &v6.Provider{ID: v.Provider, Version: "1", Processor: "service-pipeline-tests", DateCaptured: &captured}
			providers[v.Provider] = provider
		}
		handle := &v6.VulnerabilityHandle{
			Name:       v.ID,
			Status:     v6.VulnerabilityActive,
			ProviderID: v.Provider,
			Provider:   provider,
			BlobValue: &v6.VulnerabilityBlob{
				ID:          v.ID,
				Description: v.Description,
				Aliases:     v.Aliases,
				References:  []v6.Reference{{URL: "https://example.test/advisories/" + v.ID}},
				Severities:  []v6.Severity{{Scheme: v6.SeverityScheme(v.Scheme), Value: v.Severity, Rank: 1}},
			},
		}
		if err := w.AddVulnerabilities(handle); err != nil {
			return fmt.Errorf("vulnerability %s: %w", v.ID, err)
		}
		for _, p := range v.Packages {
			fix := &v6.Fix{State: v6.NotFixedStatus}
			if p.FixedVersion != "" {
				fix = &v6.Fix{Version: p.FixedVersion, State: v6.FixedStatus}
			}
			row := &v6.AffectedPackageHandle{
				VulnerabilityID: handle.ID,
				Package:         &v6.Package{Ecosystem: p.Ecosystem, Name: p.Name},
				BlobValue: &v6.PackageBlob{
					CVEs:   v.Aliases,
					Ranges: []v6.Range{{Version: v6.Version{Type: p.VersionType, Constraint: p.Constraint}, Fix: fix}},
				},
			}
			if p.OS != nil {
				row.OperatingSystem = &v6.OperatingSystem{Name: p.OS.Name, ReleaseID: p.OS.Name, MajorVersion: p.OS.MajorVersion, MinorVersion: p.OS.MinorVersion, Codename: p.OS.Codename}
			}
			if err := w.AddAffectedPackages(row); err != nil {
				return fmt.Errorf("%s in %s: %w", v.ID, p.Name, err)
			}
		}
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("closing the DB: %w", err)
	}
	if s.BuildTime != nil {
		if err := setBuildTime(filepath.Join(dir, v6.VulnerabilityDBFileName), *s.BuildTime); err != nil {
			return err
		}
	}
	// The writer drops the indexes to make the file small for distribution; `grype db import`
	// recreates them (hydration) before grype reads the DB, and so does this.
	if err := v6.Hydrater()(dir); err != nil {
		return fmt.Errorf("hydrating the DB: %w", err)
	}
	if _, err := v6.WriteImportMetadata(afero.NewOsFs(), dir, "service-pipeline tests"); err != nil {
		return fmt.Errorf("writing %s: %w", v6.ImportMetadataFileName, err)
	}
	return nil
}

// setBuildTime backdates the DB (the writer stamps the current time) so tests can make a DB
// that grype's age check refuses.
func setBuildTime(path string, at time.Time) error {
	db, err := v6.NewLowLevelDB(path, false, true, false)
	if err != nil {
		return fmt.Errorf("reopening %s: %w", path, err)
	}
	ts := at.UTC().Round(time.Second)
	if err := db.Model(&v6.DBMetadata{}).Where("true").Update("build_timestamp", &ts).Error; err != nil {
		return fmt.Errorf("setting the build time: %w", err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		return err
	}
	return sqlDB.Close()
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "grype-db-writer: "+format+"\n", args...)
	os.Exit(1)
}
