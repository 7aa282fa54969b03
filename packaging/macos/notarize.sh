#!/usr/bin/env bash
# Sign, package and notarise the macOS build (run on macOS after `make package`, which leaves
# dist/frontdesk.app). Driven by .github/workflows/release.yml; by hand:
#
#   MACOS_SIGN_IDENTITY="Developer ID Application: ... (TEAMID)" \
#   NOTARY_PROFILE=frontdesk-notary  packaging/macos/notarize.sh 0.1.0
#
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials frontdesk-notary --apple-id ... --team-id ... --password ...
# (an app-specific password); CI builds it from secrets instead. Nothing secret is in this file.
set -euo pipefail
version="${1:?usage: notarize.sh VERSION}"
here="$(cd "$(dirname "$0")" && pwd)"
app="dist/frontdesk.app"
dmg="dist/frontdesk-${version}.dmg"
: "${MACOS_SIGN_IDENTITY:?set MACOS_SIGN_IDENTITY to the Developer ID Application identity}"
: "${NOTARY_PROFILE:?set NOTARY_PROFILE to a notarytool keychain profile}"

# 1. Sign inside out: every library and executable, then the bundle, with the hardened runtime
#    and a secure timestamp (both required by notarisation).
find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
  xargs -0 codesign --force --options runtime --timestamp \
    --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY"
codesign --force --options runtime --timestamp \
  --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY" "$app"
codesign --verify --deep --strict --verbose=2 "$app"

# 2. A disk image with the app and a link to /Applications, itself signed.
staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "frontdesk ${version}" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"
codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"

# 3. Notarise (waits for Apple's verdict), staple the ticket so it opens offline, check Gatekeeper.
xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
xcrun stapler staple "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "notarised: $dmg"
