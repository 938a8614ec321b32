/**
 * The demo's status report texts besides achievements and next steps: the project manager's comment
 * on each dimension that is not green (two per dimension and language; a report picks one by its
 * project and month, so neighbouring reports differ), and the decisions needed that running projects
 * escalate to the board (StatusReports.Escalations, one decision a line).
 */
import type { Lang } from './text';

/** The dimensions a demo report rates, overall first, in PMO Hub's configured order (the Project page's). */
export const REPORT_DIMENSIONS = ['overall', 'schedule', 'cost', 'scope', 'quality', 'risk', 'resources'] as const;

/** A dimension of a demo report. */
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Two comments per dimension that is amber or red, in each language. */
export const DIMENSION_COMMENTS: Readonly<Record<Lang, Readonly<Record<ReportDimension, readonly [string, string]>>>> = {
  en: {
    overall: ['Delivery at risk; recovery plan agreed with the sponsor.', 'Two dimensions off plan; the board is asked to decide on the next steps.'],
    schedule: ['Interface delivery two weeks late; go-live date under review.', 'Testing started late; the critical path has no float left.'],
    cost: ['Forecast above plan because of additional supplier days.', 'Licence prices rose by 12 %; savings are being sought.'],
    scope: ['Three change requests pending approval.', 'Requirements for the reporting module still open.'],
    quality: ['Defect backlog growing; a stabilisation sprint is planned.', 'Acceptance tests found gaps in the data migration.'],
    risk: ['Supplier capacity is the main risk; mitigation in progress.', 'Two high risks open; the board is informed.'],
    resources: ['Two key developers leave at the end of the quarter.', 'Business experts have too little time for testing.']
  },
  de: {
    overall: ['Lieferung gefährdet; Maßnahmenplan mit dem Auftraggeber abgestimmt.', 'Zwei Dimensionen außerhalb der Planung; Entscheidung des Lenkungsausschusses erforderlich.'],
    schedule: ['Schnittstelle zwei Wochen im Verzug; Einführungstermin wird geprüft.', 'Tests später begonnen; kein Puffer mehr auf dem kritischen Pfad.'],
    cost: ['Prognose über Plan wegen zusätzlicher Beratertage.', 'Lizenzpreise um 12 % gestiegen; Einsparungen werden gesucht.'],
    scope: ['Drei Änderungsanträge warten auf Freigabe.', 'Anforderungen an das Berichtsmodul noch offen.'],
    quality: ['Fehlerrückstand wächst; ein Stabilisierungssprint ist geplant.', 'Abnahmetests zeigen Lücken bei der Datenmigration.'],
    risk: ['Kapazität des Lieferanten ist das größte Risiko; Gegenmaßnahmen laufen.', 'Zwei hohe Risiken offen; der Lenkungsausschuss ist informiert.'],
    resources: ['Zwei wichtige Entwickler verlassen das Projekt zum Quartalsende.', 'Fachexperten haben zu wenig Zeit für Tests.']
  },
  fr: {
    overall: ['Livraison menacée ; plan de redressement validé avec le commanditaire.', 'Deux dimensions hors plan ; une décision du comité est nécessaire.'],
    schedule: ['Livraison de l’interface en retard de deux semaines ; date de mise en service à revoir.', 'Tests lancés en retard ; plus aucune marge sur le chemin critique.'],
    cost: ['Prévision au-dessus du plan en raison de jours de prestation supplémentaires.', 'Hausse de 12 % du prix des licences ; des économies sont recherchées.'],
    scope: ['Trois demandes de modification en attente de validation.', 'Exigences du module de reporting encore ouvertes.'],
    quality: ['Le stock d’anomalies augmente ; un sprint de stabilisation est prévu.', 'La recette révèle des écarts dans la migration des données.'],
    risk: ['La capacité du fournisseur est le risque principal ; mesures en cours.', 'Deux risques élevés ouverts ; le comité est informé.'],
    resources: ['Deux développeurs clés partent à la fin du trimestre.', 'Les experts métier manquent de temps pour les tests.']
  },
  nl: {
    overall: ['Oplevering in gevaar; herstelplan afgestemd met de opdrachtgever.', 'Twee dimensies wijken af; een besluit van de stuurgroep is nodig.'],
    schedule: ['Koppeling twee weken te laat; de livegangdatum wordt herzien.', 'Testen later gestart; geen speling meer op het kritieke pad.'],
    cost: ['Prognose boven plan door extra inzet van de leverancier.', 'Licentieprijzen 12 % gestegen; er wordt naar besparingen gezocht.'],
    scope: ['Drie wijzigingsverzoeken wachten op goedkeuring.', 'Eisen voor de rapportagemodule nog open.'],
    quality: ['Achterstand in bevindingen groeit; een stabilisatiesprint is gepland.', 'Acceptatietest toont hiaten in de datamigratie.'],
    risk: ['Capaciteit van de leverancier is het grootste risico; maatregelen lopen.', 'Twee hoge risico’s open; de stuurgroep is geïnformeerd.'],
    resources: ['Twee sleutelontwikkelaars vertrekken eind dit kwartaal.', 'Materiedeskundigen hebben te weinig tijd om te testen.']
  },
  it: {
    overall: ['Consegna a rischio; piano di recupero concordato con lo sponsor.', 'Due dimensioni fuori piano; serve una decisione del comitato.'],
    schedule: ['Consegna dell’interfaccia in ritardo di due settimane; data di avvio in revisione.', 'Collaudo iniziato in ritardo; nessun margine sul percorso critico.'],
    cost: ['Previsione sopra il piano per giornate aggiuntive del fornitore.', 'Prezzi delle licenze aumentati del 12 %; si cercano risparmi.'],
    scope: ['Tre richieste di modifica in attesa di approvazione.', 'Requisiti del modulo di reportistica ancora aperti.'],
    quality: ['Difetti aperti in aumento; previsto uno sprint di stabilizzazione.', 'Il collaudo ha rilevato lacune nella migrazione dei dati.'],
    risk: ['La capacità del fornitore è il rischio principale; azioni in corso.', 'Due rischi alti aperti; il comitato è informato.'],
    resources: ['Due sviluppatori chiave lasciano il progetto a fine trimestre.', 'Gli esperti di dominio hanno poco tempo per il collaudo.']
  }
};

/** Decisions needed that a running project asks of its board (one a line of Escalations). */
export const ESCALATIONS: Readonly<Record<Lang, ReadonlyArray<string>>> = {
  en: [
    'Approve the budget increase for the additional supplier days.',
    'Decide whether the go-live moves to the next quarter.',
    'Release two business experts for the acceptance tests.',
    'Approve the change request for the reporting module.',
    'Choose between extending the contract and a new tender.'
  ],
  de: [
    'Budgeterhöhung für die zusätzlichen Beratertage freigeben.',
    'Entscheiden, ob die Einführung ins nächste Quartal verschoben wird.',
    'Zwei Fachexperten für die Abnahmetests freistellen.',
    'Änderungsantrag zum Berichtsmodul freigeben.',
    'Zwischen Vertragsverlängerung und neuer Ausschreibung entscheiden.'
  ],
  fr: [
    'Valider la hausse du budget pour les jours de prestation supplémentaires.',
    'Décider si la mise en service est reportée au trimestre suivant.',
    'Libérer deux experts métier pour la recette.',
    'Valider la demande de modification du module de reporting.',
    'Choisir entre la prolongation du contrat et un nouvel appel d’offres.'
  ],
  nl: [
    'Budgetverhoging voor de extra inzet van de leverancier goedkeuren.',
    'Besluiten of de livegang naar het volgende kwartaal schuift.',
    'Twee materiedeskundigen vrijmaken voor de acceptatietest.',
    'Wijzigingsverzoek voor de rapportagemodule goedkeuren.',
    'Kiezen tussen verlenging van het contract en een nieuwe aanbesteding.'
  ],
  it: [
    'Approvare l’aumento del budget per le giornate aggiuntive del fornitore.',
    'Decidere se spostare l’avvio al trimestre successivo.',
    'Mettere a disposizione due esperti di dominio per il collaudo.',
    'Approvare la richiesta di modifica del modulo di reportistica.',
    'Scegliere tra la proroga del contratto e una nuova gara.'
  ]
};
