/**
 * French trade nouns the business press writes instead of a company's name: « le biscuitier de Lembeke »,
 * « l'action du fromager de Bedford », « le chocolatier suisse », « le fondeur taïwanais ». Each is a role
 * noun (described-parties.ts, folded word -> role class) and, before « de » and one word, the head of a town
 * or an owner, never a company's name (find-parties.ts). Nouns as likely to name a person as a company in
 * business prose (« le charcutier », « le vigneron », « le banquier ») are left out.
 */
export const FR_TRADE_NOUNS: Readonly<Record<string, string>> = {
  biscuitier: 'biscuitier',
  fromager: 'fromager',
  laitier: 'laitier',
  chocolatier: 'chocolatier',
  confiseur: 'confiseur',
  malteur: 'malteur',
  minotier: 'minotier',
  volailler: 'volailler',
  horloger: 'horloger',
  joaillier: 'joaillier',
  maroquinier: 'maroquinier',
  chausseur: 'chausseur',
  lunetier: 'lunetier',
  parfumeur: 'parfumeur',
  hotelier: 'hotelier',
  croisieriste: 'croisieriste',
  gazier: 'gazier',
  electricien: 'energeticien',
  // « l'électronicien de Labège », « l'électronicien de défense »: a maker of electronic systems (Thales's trade).
  electronicien: 'electronicien',
  fondeur: 'fondeur',
  cablier: 'cablier',
  plasturgiste: 'plasturgiste',
  agrochimiste: 'chimiste',
  metallurgiste: 'siderurgiste',
  bancassureur: 'assureur',
  reassureur: 'assureur',
  // Already roles of their own: listed here so that « le cimentier de Burgos » heads a town too.
  cimentier: 'cimentier',
  sucrier: 'sucrier',
  brasseur: 'brasseur',
  semencier: 'semencier',
  papetier: 'papetier',
  verrier: 'verrier',
  chimiste: 'chimiste',
  siderurgiste: 'siderurgiste',
  acieriste: 'siderurgiste',
  armateur: 'armateur',
  motoriste: 'motoriste',
  avionneur: 'avionneur',
  logisticien: 'logisticien',
  energeticien: 'energeticien',
  hebergeur: 'hebergeur',
  voyagiste: 'voyagiste',
  imprimeur: 'imprimeur',
};
