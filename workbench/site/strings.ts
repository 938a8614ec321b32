/**
 * The local workbench's own labels (its frames, switchers and Workbench page) in PMO Hub's five
 * languages. They are not part of the product, so they stay out of src/loc and the .sppkg; the page
 * picks the language the language switcher chose (`window.__PMO_LOCALE__`).
 */
/** Every label of the workbench; `{0}`… are filled with formatString. */
export interface IWorkbenchStrings {
  brandSubtitle: string;
  teamsView: string;
  language: string;
  signedInAs: string;
  workbench: string;
  siteNavigation: string;
  roleOwner: string;
  rolePmoOfficer: string;
  roleProjectManager: string;
  roleBoardMember: string;
  roleRequester: string;
  roleTrainee: string;
  roleReader: string;
  notFoundTitle: string;
  notFoundText: string;
  couldNotStart: string;
  teamsApps: string;
  activity: string;
  chat: string;
  yourTeams: string;
  theme: string;
  teamsTheme: string;
  themeDefault: string;
  themeDark: string;
  themeContrast: string;
  channelGeneral: string;
  channelTabs: string;
  posts: string;
  files: string;
  noTeam: string;
  localWorkbench: string;
  loading: string;
  faultInjection: string;
  faultIntro: string;
  share429: string;
  share503: string;
  retryAfter: string;
  apply: string;
  applied: string;
  savingFailed: string;
  mustBeNumber: string;
  mustBeWholeNumber: string;
  sharesTooHigh: string;
  notifications: string;
  noNotifications: string;
}

export const WORKBENCH_LOCALES = ['en-us', 'de-de', 'fr-fr', 'nl-nl', 'it-it'] as const;
export type WorkbenchLocale = (typeof WORKBENCH_LOCALES)[number];

export const WORKBENCH_STRINGS: Record<WorkbenchLocale, IWorkbenchStrings> = {
  'en-us': {
    brandSubtitle: 'PMO Hub local workbench', teamsView: 'Teams view', language: 'Language', signedInAs: 'Signed in as', workbench: 'Workbench',
    siteNavigation: 'Site navigation', roleOwner: 'Site owner', rolePmoOfficer: 'PMO officer', roleProjectManager: 'Project manager',
    roleBoardMember: 'Board member', roleRequester: 'Requester', roleTrainee: 'Trainee', roleReader: 'Reader',
    notFoundTitle: 'Sorry, something went wrong', notFoundText: 'The page you are looking for does not exist on this site.',
    couldNotStart: 'The local PMO site could not start: {0}',
    teamsApps: 'Teams apps', activity: 'Activity', chat: 'Chat', yourTeams: 'Your teams', theme: 'Theme', teamsTheme: 'Teams theme',
    themeDefault: 'Default', themeDark: 'Dark', themeContrast: 'High contrast', channelGeneral: 'General', channelTabs: 'Channel tabs', posts: 'Posts', files: 'Files',
    noTeam: 'You are not a member of any team. Sign in as another user in the SharePoint view.',
    localWorkbench: 'Local workbench', loading: 'Loading…', faultInjection: 'Fault injection',
    faultIntro: 'A share of SharePoint and Graph requests answers 429 (with Retry-After) or 503, as a throttled tenant does.',
    share429: 'Share of 429 responses (0–1)', share503: 'Share of 503 responses (0–1)', retryAfter: 'Retry-After (seconds)', apply: 'Apply', applied: 'The fault settings are applied.',
    savingFailed: 'The fault settings could not be saved: {0}', mustBeNumber: '“{0}” must be a number from {1} to {2}.', mustBeWholeNumber: '“{0}” must be a whole number from {1} to {2}.',
    sharesTooHigh: 'The shares of 429 and 503 responses together must be at most 1.',
    notifications: 'Teams activity notifications ({0})', noNotifications: 'No notifications have been sent yet.'
  },
  'de-de': {
    brandSubtitle: 'Lokale Arbeitsumgebung von PMO Hub', teamsView: 'Teams-Ansicht', language: 'Sprache', signedInAs: 'Angemeldet als', workbench: 'Arbeitsumgebung',
    siteNavigation: 'Websitenavigation', roleOwner: 'Websitebesitz', rolePmoOfficer: 'PMO-Team', roleProjectManager: 'Projektleitung',
    roleBoardMember: 'Strategiegremium', roleRequester: 'Antragstellende', roleTrainee: 'Lernende', roleReader: 'Lesezugriff',
    notFoundTitle: 'Leider ist ein Fehler aufgetreten', notFoundText: 'Die gesuchte Seite gibt es auf dieser Website nicht.',
    couldNotStart: 'Die lokale PMO-Website konnte nicht starten: {0}',
    teamsApps: 'Teams-Apps', activity: 'Aktivität', chat: 'Chat', yourTeams: 'Ihre Teams', theme: 'Design', teamsTheme: 'Teams-Design',
    themeDefault: 'Standard', themeDark: 'Dunkel', themeContrast: 'Hoher Kontrast', channelGeneral: 'Allgemein', channelTabs: 'Registerkarten des Kanals', posts: 'Beiträge', files: 'Dateien',
    noTeam: 'Sie sind in keinem Team Mitglied. Melden Sie sich in der SharePoint-Ansicht als andere Person an.',
    localWorkbench: 'Lokale Arbeitsumgebung', loading: 'Wird geladen…', faultInjection: 'Fehlersimulation',
    faultIntro: 'Ein Anteil der Anfragen an SharePoint und Graph wird mit 429 (mit Retry-After) oder 503 beantwortet, wie bei einem gedrosselten Mandanten.',
    share429: 'Anteil der 429-Antworten (0–1)', share503: 'Anteil der 503-Antworten (0–1)', retryAfter: 'Retry-After (Sekunden)', apply: 'Übernehmen', applied: 'Die Einstellungen der Fehlersimulation gelten jetzt.',
    savingFailed: 'Die Einstellungen der Fehlersimulation konnten nicht gespeichert werden: {0}', mustBeNumber: '„{0}“ muss eine Zahl von {1} bis {2} sein.', mustBeWholeNumber: '„{0}“ muss eine ganze Zahl von {1} bis {2} sein.',
    sharesTooHigh: 'Die Anteile der 429- und 503-Antworten dürfen zusammen höchstens 1 betragen.',
    notifications: 'Teams-Aktivitätsbenachrichtigungen ({0})', noNotifications: 'Es wurden noch keine Benachrichtigungen gesendet.'
  },
  'fr-fr': {
    brandSubtitle: 'Atelier local de PMO Hub', teamsView: 'Vue Teams', language: 'Langue', signedInAs: 'Connecté en tant que', workbench: 'Atelier',
    siteNavigation: 'Navigation du site', roleOwner: 'Propriétaire du site', rolePmoOfficer: 'Équipe PMO', roleProjectManager: 'Chef de projet',
    roleBoardMember: 'Membre du comité stratégique', roleRequester: 'Demandeur', roleTrainee: 'Stagiaire', roleReader: 'Lecteur',
    notFoundTitle: 'Désolé, un problème s’est produit', notFoundText: 'La page que vous cherchez n’existe pas sur ce site.',
    couldNotStart: 'Le site PMO local n’a pas pu démarrer : {0}',
    teamsApps: 'Applications Teams', activity: 'Activité', chat: 'Conversation', yourTeams: 'Vos équipes', theme: 'Thème', teamsTheme: 'Thème de Teams',
    themeDefault: 'Par défaut', themeDark: 'Sombre', themeContrast: 'Contraste élevé', channelGeneral: 'Général', channelTabs: 'Onglets du canal', posts: 'Publications', files: 'Fichiers',
    noTeam: 'Vous n’êtes membre d’aucune équipe. Connectez-vous sous un autre utilisateur dans la vue SharePoint.',
    localWorkbench: 'Atelier local', loading: 'Chargement…', faultInjection: 'Simulation de pannes',
    faultIntro: 'Une part des requêtes vers SharePoint et Graph reçoit une réponse 429 (avec Retry-After) ou 503, comme sur un locataire limité.',
    share429: 'Part des réponses 429 (0–1)', share503: 'Part des réponses 503 (0–1)', retryAfter: 'Retry-After (secondes)', apply: 'Appliquer', applied: 'Les réglages de simulation de pannes sont appliqués.',
    savingFailed: 'Les réglages de simulation de pannes n’ont pas pu être enregistrés : {0}', mustBeNumber: '« {0} » doit être un nombre compris entre {1} et {2}.', mustBeWholeNumber: '« {0} » doit être un nombre entier compris entre {1} et {2}.',
    sharesTooHigh: 'Ensemble, les parts des réponses 429 et 503 ne doivent pas dépasser 1.',
    notifications: 'Notifications d’activité Teams ({0})', noNotifications: 'Aucune notification n’a encore été envoyée.'
  },
  'nl-nl': {
    brandSubtitle: 'Lokale werkbank van PMO Hub', teamsView: 'Teams-weergave', language: 'Taal', signedInAs: 'Aangemeld als', workbench: 'Werkbank',
    siteNavigation: 'Sitenavigatie', roleOwner: 'Site-eigenaar', rolePmoOfficer: 'PMO-medewerker', roleProjectManager: 'Projectmanager',
    roleBoardMember: 'Lid van de stuurgroep', roleRequester: 'Aanvrager', roleTrainee: 'Cursist', roleReader: 'Lezer',
    notFoundTitle: 'Er is iets misgegaan', notFoundText: 'De pagina die u zoekt, bestaat niet op deze site.',
    couldNotStart: 'De lokale PMO-site kon niet starten: {0}',
    teamsApps: 'Teams-apps', activity: 'Activiteit', chat: 'Chat', yourTeams: 'Uw teams', theme: 'Thema', teamsTheme: 'Teams-thema',
    themeDefault: 'Standaard', themeDark: 'Donker', themeContrast: 'Hoog contrast', channelGeneral: 'Algemeen', channelTabs: 'Tabbladen van het kanaal', posts: 'Berichten', files: 'Bestanden',
    noTeam: 'U bent van geen enkel team lid. Meld u in de SharePoint-weergave aan als een andere gebruiker.',
    localWorkbench: 'Lokale werkbank', loading: 'Bezig met laden…', faultInjection: 'Storingssimulatie',
    faultIntro: 'Een deel van de aanvragen aan SharePoint en Graph krijgt 429 (met Retry-After) of 503 als antwoord, zoals bij een beperkte tenant.',
    share429: 'Aandeel 429-antwoorden (0–1)', share503: 'Aandeel 503-antwoorden (0–1)', retryAfter: 'Retry-After (seconden)', apply: 'Toepassen', applied: 'De instellingen van de storingssimulatie zijn toegepast.',
    savingFailed: 'De instellingen van de storingssimulatie konden niet worden opgeslagen: {0}', mustBeNumber: '‘{0}’ moet een getal van {1} tot en met {2} zijn.', mustBeWholeNumber: '‘{0}’ moet een geheel getal van {1} tot en met {2} zijn.',
    sharesTooHigh: 'De aandelen 429- en 503-antwoorden mogen samen hoogstens 1 zijn.',
    notifications: 'Activiteitsmeldingen van Teams ({0})', noNotifications: 'Er zijn nog geen meldingen verstuurd.'
  },
  'it-it': {
    brandSubtitle: 'Ambiente di lavoro locale di PMO Hub', teamsView: 'Vista Teams', language: 'Lingua', signedInAs: 'Accesso come', workbench: 'Ambiente di lavoro',
    siteNavigation: 'Navigazione del sito', roleOwner: 'Proprietario del sito', rolePmoOfficer: 'Team PMO', roleProjectManager: 'Capo progetto',
    roleBoardMember: 'Membro del comitato strategico', roleRequester: 'Richiedente', roleTrainee: 'Discente', roleReader: 'Lettore',
    notFoundTitle: 'Si è verificato un problema', notFoundText: 'La pagina che cerchi non esiste in questo sito.',
    couldNotStart: 'Non è stato possibile avviare il sito PMO locale: {0}',
    teamsApps: 'App di Teams', activity: 'Attività', chat: 'Chat', yourTeams: 'I tuoi team', theme: 'Tema', teamsTheme: 'Tema di Teams',
    themeDefault: 'Predefinito', themeDark: 'Scuro', themeContrast: 'Contrasto elevato', channelGeneral: 'Generale', channelTabs: 'Schede del canale', posts: 'Post', files: 'File',
    noTeam: 'Non sei membro di alcun team. Accedi come un altro utente nella vista SharePoint.',
    localWorkbench: 'Ambiente di lavoro locale', loading: 'Caricamento…', faultInjection: 'Simulazione di guasti',
    faultIntro: 'Una quota delle richieste a SharePoint e Graph riceve la risposta 429 (con Retry-After) o 503, come un tenant limitato.',
    share429: 'Quota di risposte 429 (0–1)', share503: 'Quota di risposte 503 (0–1)', retryAfter: 'Retry-After (secondi)', apply: 'Applica', applied: 'Le impostazioni della simulazione di guasti sono applicate.',
    savingFailed: 'Non è stato possibile salvare le impostazioni della simulazione di guasti: {0}', mustBeNumber: '«{0}» deve essere un numero da {1} a {2}.', mustBeWholeNumber: '«{0}» deve essere un numero intero da {1} a {2}.',
    sharesTooHigh: 'Insieme, le quote di risposte 429 e 503 non possono superare 1.',
    notifications: 'Notifiche di attività di Teams ({0})', noNotifications: 'Non è stata ancora inviata alcuna notifica.'
  }
};

/** The workbench's labels in `locale` (English for a locale PMO Hub does not have). */
export function workbenchStrings(locale: string): IWorkbenchStrings {
  const l = locale.toLowerCase();
  return (WORKBENCH_LOCALES as readonly string[]).indexOf(l) >= 0 ? WORKBENCH_STRINGS[l as WorkbenchLocale] : WORKBENCH_STRINGS['en-us'];
}
