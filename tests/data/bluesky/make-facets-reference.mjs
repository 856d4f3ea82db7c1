// Writes facets-reference.json: for every text of facets-cases.json, the facets and the
// grapheme length the official Bluesky client computes (@atproto/api RichText), so that
// tst_blueskyrichtext can check Vigie's detection against the real thing.
//
//   node make-facets-reference.mjs <folder holding node_modules with @atproto/api>
//
// (tests/integration/bluesky-network/node_modules has it once `npm ci` ran there.)
import { createRequire } from 'node:module'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const here = path.dirname(new URL(import.meta.url).pathname)
const require = createRequire(path.join(process.argv[2], 'package.json'))
const { RichText } = require('@atproto/api')
const apiVersion = require('@atproto/api/package.json').version

const cases = JSON.parse(readFileSync(path.join(here, 'facets-cases.json'), 'utf8'))
const reference = cases.map((text) => {
  const rt = new RichText({ text })
  rt.detectFacetsWithoutResolution()
  const facets = (rt.facets ?? []).map((facet) => {
    const feature = facet.features[0]
    const kind = feature.$type.split('#')[1]
    const value = kind === 'mention' ? feature.did : kind === 'link' ? feature.uri : feature.tag
    return { kind, byteStart: facet.index.byteStart, byteEnd: facet.index.byteEnd, value }
  })
  return { text, graphemes: rt.graphemeLength, facets }
})
writeFileSync(
  path.join(here, 'facets-reference.json'),
  JSON.stringify({ generator: `@atproto/api ${apiVersion}`, cases: reference }, null, 1) + '\n',
)
