import { defineMessages, type Params } from '../define';

const plural = (one: string, other: string) => (p: Params) =>
	(Number(p.n) <= 1 ? one : other).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? ''));

export default defineMessages({
	fr: {
		link: {
			import: 'Importer une enquête ou une billetterie',
			imports: plural('{n} import de données', '{n} imports de données')
		},
		import: {
			title: 'Importer des données de public',
			intro:
				'Une enquête auprès des spectateurs ou un export de billetterie (codes postaux) remplace les valeurs par défaut d’une date par la distance réelle parcourue par son public et, pour une enquête, ses modes de transport.',
			privacy:
				'Seul ce que le calcul utilise est gardé : l’origine (commune ou ville), le mode de transport, le nombre de personnes, le nombre de billets. Les colonnes de noms, e-mails, téléphones, adresses et commentaires sont écartées — dans votre navigateur, avant tout envoi, quand JavaScript est actif.',
			target: 'Date ou lieu',
			targetDates: 'Une date',
			targetVenues: 'Toute une saison dans un lieu',
			targetDate: '{venue} — {date}',
			targetVenue: '{venue} — {n} dates, du {first} au {last}',
			kind: 'Type de fichier',
			kindSurvey: 'Enquête auprès des spectateurs',
			kindSurveyHint:
				'une ligne par réponse : code postal ou commune, mode de transport, personnes dans la voiture, distance si demandée',
			kindTicketing: 'Export de billetterie',
			kindTicketingHint: 'une ligne par commande : code postal ou commune, nombre de billets',
			file: 'Fichier CSV',
			fileHint:
				'Export Excel (point-virgule, Windows-1252) ou CSV UTF-8. Sans JavaScript, jusqu’à 500 Ko ; avec, 100 000 lignes et plus.',
			read: 'Lire le fichier',
			continue: 'Continuer vers l’aperçu',
			progress: 'Avancement',
			parsing: 'Lecture du fichier : {rows} lignes',
			parsed: '{rows} lignes lues · encodage {encoding} · séparateur « {delimiter} »',
			encoding: 'Préparation des colonnes retenues',
			uploading: 'Envoi : bloc {done} sur {total}',
			opening: 'Ouverture de l’aperçu…',
			workerFailed: 'La lecture dans le navigateur a échoué ({message}) : le fichier sera lu par le serveur.',
			uploadFailed: 'L’envoi a échoué ({message}). Réessayez.',
			mappingStep: 'Colonnes reconnues',
			droppedIntro: 'Colonnes écartées (données personnelles) :',
			keptIntro: 'Colonnes gardées à votre demande :',
			keep: 'Garder « {column} »',
			keepHint: 'ce n’est pas une donnée personnelle',
			keepAgain: 'Écarter à nouveau',
			keepNoJs: 'Les colonnes {columns} seront gardées : choisissez à nouveau le fichier puis lisez-le.',
			tab: 'tabulation',
			drafts: 'Imports en cours',
			resume: 'Reprendre',
			history: 'Imports enregistrés',
			historyNone: 'Aucun import pour cette tournée.',
			historyCols: {
				date: 'Date',
				file: 'Fichier',
				kind: 'Type',
				rows: 'Lignes utilisées',
				distance: 'Distance moyenne (aller)',
				range: 'Émissions des publics (intervalle à 95 %)',
				when: 'Importé le',
				actions: 'Retirer'
			},
			remove: 'Retirer',
			removeLabel: 'Retirer l’import « {file} » de {target}',
			removeHint:
				'Retirer un import rend à la date les chiffres qu’elle avait avant (répartition, taux d’occupation, qualité).',
			removed: 'Import retiré : {target} a retrouvé ses chiffres d’avant.',
			discardDraft: 'Supprimer',
			discardDraftLabel: 'Supprimer l’import en cours « {file} »',
			clearDrafts: 'Supprimer tous les imports en cours',
			cleared: plural('{n} import en cours supprimé.', '{n} imports en cours supprimés.'),
			saved:
				'Import enregistré : la mobilité des publics de {target} est maintenant calculée à partir des données.',
			viewResults: 'Voir les résultats',
			back: 'Retour aux publics',
			noDates: 'Ajoutez d’abord des dates à la tournée.',
			readOnly: 'Votre rôle permet de consulter les imports, pas d’en faire.'
		},
		draft: {
			title: 'Import « {file} »',
			summary: '{rows} lignes · encodage {encoding} · séparateur « {delimiter} » · {kind} · {target}',
			incomplete: 'L’envoi de ce fichier ne s’est pas terminé : recommencez l’import.',
			privacyTitle: 'Données personnelles écartées',
			droppedNone: 'Aucune colonne personnelle détectée.',
			dropped: '« {column} » — {reason}',
			byContent: 'd’après son contenu',
			kept: '« {column} » gardée à votre demande ({reason}).',
			keepLink: 'Garder cette colonne (choisir à nouveau le fichier)',
			scrubbed: plural(
				'{n} cellule qui ressemblait à un e-mail ou à un téléphone a été vidée.',
				'{n} cellules qui ressemblaient à un e-mail ou à un téléphone ont été vidées.'
			),
			reason: {
				name: 'nom de personne',
				email: 'adresse e-mail',
				phone: 'numéro de téléphone',
				address: 'adresse postale',
				birth: 'date de naissance',
				freeText: 'texte libre'
			},
			settingsTitle: 'Colonnes et modes de transport',
			update: 'Mettre à jour l’aperçu',
			confirmMapping: 'Vérifiez la correspondance des colonnes, puis affichez l’aperçu.',
			discard: 'Abandonner cet import',
			save: 'Enregistrer les données',
			saveHint:
				'La distribution mesurée remplace, pour cette date, les parts modales et distances par défaut ; l’import est enregistré avec ses chiffres et la correspondance des colonnes est retenue pour le prochain fichier.',
			blocked: 'Pas encore enregistrable :',
			timing: 'Calculé en {ms} ms.'
		},
		mapping: {
			title: 'Correspondance des colonnes',
			intro: 'Reconnue automatiquement, ou reprise de votre dernier import de ce type. Corrigez si besoin.',
			role: 'Donnée',
			column: 'Colonne du fichier',
			examples: 'Exemples',
			none: '— aucune —',
			roles: {
				postcode: 'Code postal',
				commune: 'Commune ou ville',
				country: 'Pays',
				mode: 'Mode de transport',
				party: 'Personnes dans la voiture',
				distance: 'Distance (km)',
				count: 'Nombre de billets ou de personnes'
			},
			distanceKind: 'La distance indiquée est',
			oneWay: 'un aller simple',
			roundTrip: 'un aller-retour',
			defaultCountry: 'Pays des lignes sans pays',
			defaultCountryHint:
				'Sans colonne pays, la commune sert à vérifier le code postal (« 1000 ; Bruxelles » est à Bruxelles, pas à Bourg-en-Bresse). Choisissez un autre pays pour un lieu frontalier.',
			seasonWide: 'Ce fichier couvre toute une saison ou plusieurs dates',
			seasonWideHint:
				'À cocher seulement si le fichier compte plus de réponses que de spectateurs des dates choisies parce qu’il couvre davantage : sa répartition sera appliquée à ces dates.',
			problem: {
				noOrigin: 'Choisissez une colonne d’origine (code postal ou commune) ou une distance.',
				noMode: 'Une enquête a besoin de la colonne du mode de transport.',
				duplicate: 'Une même colonne ne peut servir qu’une fois.',
				unknownColumn: 'Une colonne choisie n’est pas dans le fichier.'
			}
		},
		labels: {
			title: 'Modes de transport du fichier',
			intro:
				'Chaque libellé du fichier est rattaché à un mode du calcul. Ceux marqués « à vérifier » ou « inconnu » attendent votre choix.',
			label: 'Libellé dans le fichier',
			rows: 'Lignes',
			mode: 'Mode retenu',
			status: 'État',
			choose: '— à choisir —',
			ignore: 'Écarter ces lignes',
			statuses: { remembered: 'votre choix', known: 'reconnu', ambiguous: 'à vérifier', unknown: 'inconnu' },
			pending: plural('{n} libellé attend votre choix.', '{n} libellés attendent votre choix.'),
			settled: plural('{n} libellé reconnu', '{n} libellés reconnus'),
			editAll: 'Modifier aussi les libellés reconnus',
			page: 'Libellés {from} à {to} sur {n}, les plus fréquents d’abord.',
			previous: 'Précédents',
			next: 'Suivants',
			pageHint: 'Mettez à jour l’aperçu avant de passer aux suivants : les choix sont gardés.',
			ignoreRest: plural(
				'Écarter les lignes du libellé encore sans choix ({n})',
				'Écarter les lignes des libellés encore sans choix ({n})'
			),
			none: 'Aucune colonne de mode de transport.'
		},
		preview: {
			title: 'Aperçu',
			rows: '{used} lignes utilisées sur {total} ; {rejected} rejetées.',
			spectators: 'Elles représentent {n} spectateurs, pour {attendance} présents ({rate}).',
			spectatorsNoAttendance: 'Elles représentent {n} spectateurs.',
			caveats: 'À savoir',
			rejectedTitle: 'Lignes rejetées',
			rejectedShown: 'Les {shown} premières sur {n} :',
			download: 'Télécharger toutes les lignes rejetées (CSV)',
			line: 'Ligne',
			reason: 'Raison',
			value: 'Valeur',
			chartTitle: 'Spectateurs par distance (aller) et par mode',
			chartCaption: 'Part des spectateurs, en %. Le tableau donne les mêmes chiffres.',
			chartData: 'Voir les données du graphique',
			band: 'Distance (aller)',
			bandRange: '{low}–{high} km',
			bandLast: '{low} km et plus',
			total: 'Total',
			shares: 'Parts modales',
			mode: 'Mode',
			share: 'Part',
			interval: 'Intervalle à 95 %',
			distances: 'Distances',
			meanOneWay: 'Distance moyenne (aller)',
			medianOneWay: 'Distance médiane (aller)',
			meanRoundTrip: 'Aller-retour moyen',
			occupancy: 'Personnes par voiture',
			occupancyParty: '{value}, d’après les réponses des automobilistes',
			occupancyNone: 'non renseigné : la valeur de la date est conservée',
			occupancyTicketing:
				'la billetterie ne dit pas qui partage une voiture : la valeur de la date (ou par défaut) est conservée',
			flagsTitle: 'Lignes gardées, à savoir',
			flagsShown: 'Les {shown} premières sur {n} :',
			flag: {
				party: {
					unreadable: 'nombre de personnes illisible : la ligne compte, avec le taux d’occupation de la date'
				}
			},
			beforeImport: 'Avant (import précédent)',
			declared: plural('{n} ligne donne sa distance.', '{n} lignes donnent leur distance.'),
			approx: plural(
				'{n} ligne placée au centre de son code postal (plusieurs communes) ou sur l’homonyme le plus peuplé.',
				'{n} lignes placées au centre de leur code postal (plusieurs communes) ou sur l’homonyme le plus peuplé.'
			),
			range: 'Émissions des déplacements des publics',
			rangeValue: '{kg}, entre {low} et {high}',
			rangeHint:
				'Intervalle à 95 % par rééchantillonnage des répondants ({n} tirages) : il traduit l’incertitude due à l’échantillon, pas celle des facteurs d’émission.',
			comparison: 'Avant et après',
			comparisonCaption: 'Mobilité des publics de la date, calculée par le même moteur',
			beforeDefault: 'Avant (valeurs par défaut du type de lieu)',
			beforeOwn: 'Avant (vos chiffres)',
			after: 'Avec ces données',
			emissions: 'Émissions',
			differenceValue: 'Écart : {value}',
			csvName: 'lignes-rejetees.csv',
			carShare: 'Part de la voiture',
			noBefore: 'La date n’avait pas encore de mobilité des publics calculée.',
			noComparison: plural(
				'La tournée ne se calcule pas encore ({n} problème, voir ses onglets) : la comparaison viendra ensuite.',
				'La tournée ne se calcule pas encore ({n} problèmes, voir ses onglets) : la comparaison viendra ensuite.'
			)
		},
		reject: {
			origin: {
				missing: 'ni code postal, ni commune, ni distance',
				unknownPostcode: 'code postal inconnu',
				unknownPlace: 'commune ou ville introuvable',
				unknownCountry: 'pays non reconnu',
				postcodeAbroad: 'code postal hors de France sans ville',
				mismatch: 'le code postal et la commune se contredisent',
				tooFar: 'origine à plus de 1 000 km à vol d’oiseau'
			},
			mode: {
				missing: 'mode de transport vide',
				unreviewed: 'libellé de mode à vérifier',
				ignored: 'libellé écarté',
				implausible: 'distance impossible pour ce mode de transport'
			},
			party: { invalid: 'nombre de personnes illisible (1 à 9)' },
			distance: { invalid: 'distance illisible' },
			count: { invalid: 'nombre de billets illisible' }
		},
		caveat: {
			smallSample: 'Petit échantillon : {n} réponses utilisables (moins de {min}) ; l’intervalle est large.',
			lowResponse:
				'Faible taux de réponse : {rate} % des spectateurs (moins de {min} %). Les répondants peuvent ne pas ressembler à l’ensemble du public.',
			overAttendance:
				'Le fichier compte {n} spectateurs pour {attendance} présents : vérifiez la date choisie. Si le fichier couvre toute une saison, cochez « Ce fichier couvre toute une saison » dans les colonnes.',
			seasonWide:
				'Fichier de saison : {n} spectateurs dans le fichier pour {attendance} présents aux dates choisies ; sa répartition s’applique à ces dates.',
			implausibleRows: plural(
				'{n} ligne écartée : sa distance est impossible pour son mode (à pied ou à vélo de très loin). Voir les lignes rejetées.',
				'{n} lignes écartées : leur distance est impossible pour leur mode (à pied ou à vélo de très loin). Voir les lignes rejetées.'
			),
			mismatchedOrigins: plural(
				'{n} ligne dont le code postal et la commune se contredisent : écartée plutôt que placée au hasard.',
				'{n} lignes dont le code postal et la commune se contredisent : écartées plutôt que placées au hasard.'
			),
			partyUnreadable: plural(
				'{n} réponse au nombre de personnes illisible : gardée, avec le taux d’occupation de la date.',
				'{n} réponses au nombre de personnes illisible : gardées, avec le taux d’occupation de la date.'
			),
			noAttendance: 'Fréquentation inconnue : indiquez-la sur l’onglet Dates pour extrapoler.',
			manyRejected: '{pct} % des lignes sont rejetées : vérifiez la correspondance des colonnes.',
			approxOrigins: '{pct} % des origines sont approximatives.',
			ticketingShares:
				'Billetterie : les distances viennent des codes postaux ; les parts modales restent celles de la date (ses chiffres, ou les valeurs par défaut de son type de lieu), appliquées à toutes les distances — la marche ou le vélo apparaissent donc aussi loin du lieu. Une enquête dit qui vient comment.',
			noModeShares:
				'Billetterie : la date n’a ni parts modales ni type de lieu. Renseignez-les sur l’onglet Publics, puis revenez.',
			noOccupancy: 'Aucun nombre de personnes par voiture : le taux d’occupation de la date est conservé.',
			unreviewedLabels: plural(
				'{n} libellé de mode attend votre choix.',
				'{n} libellés de mode attendent votre choix.'
			),
			nothingUsable: 'Aucune ligne utilisable.'
		},
		errors: {
			required: 'Choisissez un fichier.',
			target: 'Choisissez une date de la tournée (ou les dates d’un même lieu).',
			kind: 'Choisissez le type de fichier.',
			tooBig: 'Fichier trop gros pour un envoi sans JavaScript : activez JavaScript, ou découpez-le.',
			empty: 'Le fichier est vide ou n’a pas de ligne d’en-tête.',
			noColumns: 'Toutes les colonnes du fichier ont été écartées comme données personnelles.',
			block: 'Envoi incomplet ou abîmé ({problem}) : recommencez l’import.',
			incomplete: 'L’envoi de ce fichier ne s’est pas terminé : recommencez l’import.',
			venuePlace: 'Le lieu de cette date n’est pas dans le répertoire des communes.'
		},
		kinds: { survey: 'enquête', ticketing: 'billetterie' },
		notCsv: {
			empty: 'Ce fichier est vide : exportez à nouveau les réponses, au format CSV.',
			headerOnly:
				'Ce fichier n’a qu’une ligne d’en-tête ({columns}) et aucune réponse : exportez-le à nouveau avec ses lignes.',
			xlsx: 'Ce fichier est un classeur Excel (.xlsx), pas un CSV : ouvrez-le dans Excel ou LibreOffice, « Enregistrer sous » « CSV (séparateur : point-virgule) », puis importez ce fichier-là.',
			xls: 'Ce fichier est un ancien classeur Excel (.xls), pas un CSV : ouvrez-le dans Excel ou LibreOffice, « Enregistrer sous » « CSV (séparateur : point-virgule) », puis importez ce fichier-là.',
			ods: 'Ce fichier est un classeur LibreOffice (.ods), pas un CSV : ouvrez-le, « Enregistrer sous » « Texte CSV », puis importez ce fichier-là.',
			zip: 'Ce fichier est une archive compressée (.zip) : décompressez-la et importez le fichier CSV qu’elle contient.',
			pdf: 'Ce fichier est un PDF : ses tableaux ne se lisent pas. Exportez les réponses en CSV depuis l’outil d’enquête ou la billetterie.',
			image:
				'Ce fichier est une image : exportez les réponses en CSV depuis l’outil d’enquête ou la billetterie.',
			html: 'Ce fichier est une page web ou un fichier XML, pas un CSV : exportez les réponses au format CSV.',
			binary:
				'Ce fichier n’est pas un texte lisible : exportez les réponses au format CSV (séparateur point-virgule ou virgule).'
		},
		countries: {
			FR: 'France',
			BE: 'Belgique',
			CH: 'Suisse',
			LU: 'Luxembourg',
			DE: 'Allemagne',
			IT: 'Italie',
			ES: 'Espagne',
			MC: 'Monaco',
			AD: 'Andorre'
		}
	},
	en: {
		link: {
			import: 'Import a survey or ticketing data',
			imports: plural('{n} data import', '{n} data imports')
		},
		import: {
			title: 'Import audience data',
			intro:
				'A spectator survey or a ticketing export (postcodes) replaces a date’s defaults with the distance its audience really travelled and, for a survey, how they travelled.',
			privacy:
				'Only what the calculation uses is kept: origin (commune or city), travel mode, party size, ticket count. Columns of names, e-mails, phone numbers, addresses and comments are dropped — in your browser, before anything is sent, when JavaScript runs.',
			target: 'Date or venue',
			targetDates: 'One date',
			targetVenues: 'A whole season at one venue',
			targetDate: '{venue} — {date}',
			targetVenue: '{venue} — {n} dates, {first} to {last}',
			kind: 'Kind of file',
			kindSurvey: 'Spectator survey',
			kindSurveyHint:
				'one row per answer: postcode or town, travel mode, people in the car, distance if asked',
			kindTicketing: 'Ticketing export',
			kindTicketingHint: 'one row per order: postcode or town, number of tickets',
			file: 'CSV file',
			fileHint:
				'Excel export (semicolon, Windows-1252) or UTF-8 CSV. Without JavaScript, up to 500 kB; with it, 100,000 rows and more.',
			read: 'Read the file',
			continue: 'Continue to the preview',
			progress: 'Progress',
			parsing: 'Reading the file: {rows} rows',
			parsed: '{rows} rows read · encoding {encoding} · separator “{delimiter}”',
			encoding: 'Preparing the kept columns',
			uploading: 'Sending: block {done} of {total}',
			opening: 'Opening the preview…',
			workerFailed: 'Reading in the browser failed ({message}): the server will read the file.',
			uploadFailed: 'Sending failed ({message}). Please try again.',
			mappingStep: 'Columns recognised',
			droppedIntro: 'Columns dropped (personal data):',
			keptIntro: 'Columns kept at your request:',
			keep: 'Keep “{column}”',
			keepHint: 'it is not personal data',
			keepAgain: 'Drop it again',
			keepNoJs: 'The columns {columns} will be kept: choose the file again, then read it.',
			tab: 'tab',
			drafts: 'Imports in progress',
			resume: 'Resume',
			history: 'Saved imports',
			historyNone: 'No import for this tour yet.',
			historyCols: {
				date: 'Date',
				file: 'File',
				kind: 'Kind',
				rows: 'Rows used',
				distance: 'Mean distance (one way)',
				range: 'Audience emissions (95 % interval)',
				when: 'Imported on',
				actions: 'Remove'
			},
			remove: 'Remove',
			removeLabel: 'Remove the import “{file}” of {target}',
			removeHint:
				'Removing an import gives the date back the figures it had before (distribution, car occupancy, quality).',
			removed: 'Import removed: {target} has its earlier figures back.',
			discardDraft: 'Delete',
			discardDraftLabel: 'Delete the import in progress “{file}”',
			clearDrafts: 'Delete every import in progress',
			cleared: plural('{n} import in progress deleted.', '{n} imports in progress deleted.'),
			saved: 'Import saved: audience travel for {target} is now computed from the data.',
			viewResults: 'See the results',
			back: 'Back to audiences',
			noDates: 'Add dates to the tour first.',
			readOnly: 'Your role lets you see imports, not make them.'
		},
		draft: {
			title: 'Import “{file}”',
			summary: '{rows} rows · encoding {encoding} · separator “{delimiter}” · {kind} · {target}',
			incomplete: 'This file’s upload did not finish: start the import again.',
			privacyTitle: 'Personal data dropped',
			droppedNone: 'No personal column found.',
			dropped: '“{column}” — {reason}',
			byContent: 'from its content',
			kept: '“{column}” kept at your request ({reason}).',
			keepLink: 'Keep this column (choose the file again)',
			scrubbed: plural(
				'{n} cell that looked like an e-mail or a phone number was emptied.',
				'{n} cells that looked like e-mails or phone numbers were emptied.'
			),
			reason: {
				name: 'person’s name',
				email: 'e-mail address',
				phone: 'phone number',
				address: 'postal address',
				birth: 'date of birth',
				freeText: 'free text'
			},
			settingsTitle: 'Columns and travel modes',
			update: 'Update the preview',
			confirmMapping: 'Check the column mapping, then show the preview.',
			discard: 'Discard this import',
			save: 'Save the data',
			saveHint:
				'The measured distribution replaces this date’s default modal shares and distances; the import is recorded with its figures and the column mapping is remembered for the next file.',
			blocked: 'Not ready to save yet:',
			timing: 'Computed in {ms} ms.'
		},
		mapping: {
			title: 'Column mapping',
			intro: 'Recognised automatically, or taken from your last import of this kind. Correct it if needed.',
			role: 'Data',
			column: 'Column of the file',
			examples: 'Examples',
			none: '— none —',
			roles: {
				postcode: 'Postcode',
				commune: 'Town or city',
				country: 'Country',
				mode: 'Travel mode',
				party: 'People in the car',
				distance: 'Distance (km)',
				count: 'Number of tickets or people'
			},
			distanceKind: 'The distance given is',
			oneWay: 'one way',
			roundTrip: 'a round trip',
			defaultCountry: 'Country of rows without one',
			defaultCountryHint:
				'Without a country column, the town checks the postcode (“1000; Bruxelles” is in Brussels, not Bourg-en-Bresse). Choose another country for a venue near a border.',
			seasonWide: 'This file covers a whole season or several dates',
			seasonWideHint:
				'Tick only if the file counts more answers than the chosen dates had spectators because it covers more: its distribution will be applied to these dates.',
			problem: {
				noOrigin: 'Choose an origin column (postcode or town) or a distance.',
				noMode: 'A survey needs the travel mode column.',
				duplicate: 'A column can be used only once.',
				unknownColumn: 'A chosen column is not in the file.'
			}
		},
		labels: {
			title: 'Travel modes in the file',
			intro:
				'Each label of the file is matched to a mode of the calculation. Those marked “to check” or “unknown” wait for your choice.',
			label: 'Label in the file',
			rows: 'Rows',
			mode: 'Mode used',
			status: 'Status',
			choose: '— choose —',
			ignore: 'Leave these rows out',
			statuses: { remembered: 'your choice', known: 'recognised', ambiguous: 'to check', unknown: 'unknown' },
			pending: plural('{n} label waits for your choice.', '{n} labels wait for your choice.'),
			settled: plural('{n} recognised label', '{n} recognised labels'),
			editAll: 'Edit the recognised labels too',
			page: 'Labels {from} to {to} of {n}, most frequent first.',
			previous: 'Previous',
			next: 'Next',
			pageHint: 'Update the preview before moving to the next ones: the choices are kept.',
			ignoreRest: plural(
				'Leave out the rows of the label still without a choice ({n})',
				'Leave out the rows of the labels still without a choice ({n})'
			),
			none: 'No travel mode column.'
		},
		preview: {
			title: 'Preview',
			rows: '{used} rows used of {total}; {rejected} rejected.',
			spectators: 'They stand for {n} spectators, of {attendance} present ({rate}).',
			spectatorsNoAttendance: 'They stand for {n} spectators.',
			caveats: 'Good to know',
			rejectedTitle: 'Rejected rows',
			rejectedShown: 'The first {shown} of {n}:',
			download: 'Download every rejected row (CSV)',
			line: 'Line',
			reason: 'Reason',
			value: 'Value',
			chartTitle: 'Spectators by distance (one way) and mode',
			chartCaption: 'Share of spectators, in %. The table gives the same figures.',
			chartData: 'See the chart’s data',
			band: 'Distance (one way)',
			bandRange: '{low}–{high} km',
			bandLast: '{low} km and more',
			total: 'Total',
			shares: 'Modal shares',
			mode: 'Mode',
			share: 'Share',
			interval: '95 % interval',
			distances: 'Distances',
			meanOneWay: 'Mean distance (one way)',
			medianOneWay: 'Median distance (one way)',
			meanRoundTrip: 'Mean round trip',
			occupancy: 'People per car',
			occupancyParty: '{value}, from the drivers’ and passengers’ answers',
			occupancyNone: 'not given: the date’s value is kept',
			occupancyTicketing:
				'ticketing does not say who shares a car: the date’s value (or the default) is kept',
			flagsTitle: 'Rows kept, good to know',
			flagsShown: 'The first {shown} of {n}:',
			flag: {
				party: {
					unreadable: 'unreadable number of people: the row counts, with the date’s car occupancy'
				}
			},
			beforeImport: 'Before (earlier import)',
			declared: plural('{n} row gives its distance.', '{n} rows give their distance.'),
			approx: plural(
				'{n} row placed at the centre of its postcode (several communes) or on the most populated homonym.',
				'{n} rows placed at the centre of their postcode (several communes) or on the most populated homonym.'
			),
			range: 'Audience travel emissions',
			rangeValue: '{kg}, between {low} and {high}',
			rangeHint:
				'95 % interval by resampling the respondents ({n} draws): it reflects the uncertainty of the sample, not that of the emission factors.',
			comparison: 'Before and after',
			comparisonCaption: 'Audience travel of the date, computed by the same engine',
			beforeDefault: 'Before (venue-type defaults)',
			beforeOwn: 'Before (your figures)',
			after: 'With this data',
			emissions: 'Emissions',
			differenceValue: 'Difference: {value}',
			csvName: 'rejected-rows.csv',
			carShare: 'Car share',
			noBefore: 'The date had no audience travel computed yet.',
			noComparison: plural(
				'The tour cannot be computed yet ({n} problem, see its tabs): the comparison will come then.',
				'The tour cannot be computed yet ({n} problems, see its tabs): the comparison will come then.'
			)
		},
		reject: {
			origin: {
				missing: 'no postcode, town or distance',
				unknownPostcode: 'unknown postcode',
				unknownPlace: 'town or city not found',
				unknownCountry: 'country not recognised',
				postcodeAbroad: 'postcode outside France without a town',
				mismatch: 'the postcode and the town contradict each other',
				tooFar: 'origin more than 1,000 km away as the crow flies'
			},
			mode: {
				missing: 'empty travel mode',
				unreviewed: 'mode label to check',
				ignored: 'label left out',
				implausible: 'distance impossible for this travel mode'
			},
			party: { invalid: 'unreadable number of people (1 to 9)' },
			distance: { invalid: 'unreadable distance' },
			count: { invalid: 'unreadable number of tickets' }
		},
		caveat: {
			smallSample: 'Small sample: {n} usable answers (fewer than {min}); the interval is wide.',
			lowResponse:
				'Low response rate: {rate} % of the spectators (under {min} %). Respondents may not resemble the whole audience.',
			overAttendance:
				'The file counts {n} spectators for {attendance} present: check the date chosen. If the file covers a whole season, tick “This file covers a whole season” with the columns.',
			seasonWide:
				'Season file: {n} spectators in the file for {attendance} present at the chosen dates; its distribution applies to these dates.',
			implausibleRows: plural(
				'{n} row left out: its distance is impossible for its mode (walking or cycling from very far). See the rejected rows.',
				'{n} rows left out: their distance is impossible for their mode (walking or cycling from very far). See the rejected rows.'
			),
			mismatchedOrigins: plural(
				'{n} row whose postcode and town contradict each other: left out rather than placed at random.',
				'{n} rows whose postcode and town contradict each other: left out rather than placed at random.'
			),
			partyUnreadable: plural(
				'{n} answer with an unreadable number of people: kept, with the date’s car occupancy.',
				'{n} answers with an unreadable number of people: kept, with the date’s car occupancy.'
			),
			noAttendance: 'Attendance unknown: enter it on the Dates tab to extrapolate.',
			manyRejected: '{pct} % of the rows are rejected: check the column mapping.',
			approxOrigins: '{pct} % of the origins are approximate.',
			ticketingShares:
				'Ticketing: distances come from the postcodes; the modal shares stay the date’s (its own figures, or its venue type’s defaults), applied at every distance — so walking or cycling also shows far from the venue. A survey tells who comes how.',
			noModeShares:
				'Ticketing: the date has neither modal shares nor a venue type. Enter them on the Audiences tab, then come back.',
			noOccupancy: 'No party sizes: the date’s car occupancy is kept.',
			unreviewedLabels: plural(
				'{n} mode label waits for your choice.',
				'{n} mode labels wait for your choice.'
			),
			nothingUsable: 'No usable row.'
		},
		errors: {
			required: 'Choose a file.',
			target: 'Choose a date of the tour (or the dates at one venue).',
			kind: 'Choose the kind of file.',
			tooBig: 'File too large to send without JavaScript: turn JavaScript on, or split it.',
			empty: 'The file is empty or has no header line.',
			noColumns: 'Every column of the file was dropped as personal data.',
			block: 'Upload incomplete or damaged ({problem}): start the import again.',
			incomplete: 'This file’s upload did not finish: start the import again.',
			venuePlace: 'This date’s venue is not in the gazetteer.'
		},
		kinds: { survey: 'survey', ticketing: 'ticketing' },
		notCsv: {
			empty: 'This file is empty: export the answers again, as CSV.',
			headerOnly:
				'This file has only a header line ({columns}) and no answer: export it again with its rows.',
			xlsx: 'This file is an Excel workbook (.xlsx), not a CSV: open it in Excel or LibreOffice, “Save as” “CSV (semicolon-separated)”, then import that file.',
			xls: 'This file is an old Excel workbook (.xls), not a CSV: open it in Excel or LibreOffice, “Save as” “CSV (semicolon-separated)”, then import that file.',
			ods: 'This file is a LibreOffice workbook (.ods), not a CSV: open it, “Save as” “Text CSV”, then import that file.',
			zip: 'This file is a compressed archive (.zip): unzip it and import the CSV file inside.',
			pdf: 'This file is a PDF: its tables cannot be read. Export the answers as CSV from the survey tool or the ticketing system.',
			image: 'This file is an image: export the answers as CSV from the survey tool or the ticketing system.',
			html: 'This file is a web page or an XML file, not a CSV: export the answers as CSV.',
			binary: 'This file is not readable text: export the answers as CSV (semicolon or comma separated).'
		},
		countries: {
			FR: 'France',
			BE: 'Belgium',
			CH: 'Switzerland',
			LU: 'Luxembourg',
			DE: 'Germany',
			IT: 'Italy',
			ES: 'Spain',
			MC: 'Monaco',
			AD: 'Andorra'
		}
	}
});
