s = 'héllo wörld ✓ 𝔘𝔫𝔦'
t = 'tab\there'
